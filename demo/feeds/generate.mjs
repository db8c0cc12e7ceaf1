#!/usr/bin/env node
/**
 * Writes the demo's sample feeds (portal.vi.json, portal.en.json) and, when
 * missing, their images (ImageMagick `convert`). The JSON files are committed;
 * run this only after editing the content below:
 *
 *   node demo/feeds/generate.mjs            # feeds only (images kept)
 *   node demo/feeds/generate.mjs --images   # also regenerate every image
 *
 * One source holds both languages, so the two editions always share ids.
 * Dates are the originals (November–December 2017); the demo server moves the
 * training events (not the seed session) to the current weeks when it serves
 * them: see README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

/** A paragraph or a figure of an article body. */
const p = (vi, en) => ({ p: { vi, en } });
const fig = (img, vi, en) => ({ img, caption: { vi, en } });

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const bodyHtml = (body, lang) =>
  body
    .map((b) =>
      b.p
        ? `<p>${esc(b.p[lang])}</p>`
        : `<figure><img src="images/${b.img}" alt="${esc(b.caption[lang])}" width="800" height="450"><figcaption>${esc(b.caption[lang])}</figcaption></figure>`,
    )
    .join('\n');

// ------------------------------------------------------------------ news

const SEED_BODY = [
  fig(
    'tap-huan-qcdc-bao-cao-vien.jpg',
    'Phó Vụ trưởng Vụ Dân vận các cơ quan Nhà nước (Ban Dân vận Trung ương) – Vũ Anh Tuấn thông tin một số vấn đề cơ bản về dân chủ, quy chế dân chủ ở cơ sở, quan điểm của Đảng về thực hiện dân chủ',
    'Vu Anh Tuan, Deputy Director of the Department for Mass Mobilization of State Agencies (Central Mass Mobilization Commission), presents basic issues of democracy, the grassroots democracy regulations and the Party’s views on exercising democracy',
  ),
  p(
    'Tại đây, cán bộ được giới thiệu một số vấn đề cơ bản về dân chủ, quy chế dân chủ ở cơ sở, quan điểm của Đảng về thực hiện dân chủ; trong đó, trọng tâm là những nội dung cơ bản của Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập, Kế hoạch số 376/KH-UBND ngày 29/01/2016 của UBND tỉnh về thi đua “Dân vận khéo” giai đoạn 2016 – 2020, Chỉ thị số 34-CT/TU ngày 24/8/2017 của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo”,…',
    'Participants were introduced to basic issues of democracy, the grassroots democracy regulations and the Party’s views on exercising democracy. The focus was on the main provisions of the Government’s Decree No. 04/2015/ND-CP of 9 January 2015 on exercising democracy in the activities of state administrative agencies and public service units, the Provincial People’s Committee’s Plan No. 376/KH-UBND of 29 January 2016 on the “Skilful Mass Mobilization” emulation movement for 2016–2020, and Directive No. 34-CT/TU of 24 August 2017 of the Standing Board of the Provincial Party Committee on further promoting the “Skilful Mass Mobilization” emulation movement, among others.',
  ),
  p(
    'Thời gian qua, phong trào thi đua “Dân vận khéo” được các cấp ủy Đảng, chính quyền và lực lượng làm công tác dân vận trên địa bàn tỉnh quan tâm chỉ đạo, hướng dẫn, tổ chức thực hiện, thu hút đông đảo các tầng lớp nhân dân tham gia. Qua đó, phát huy quyền làm chủ, tính chủ động, sáng tạo của nhân dân, tạo sự chuyển biến mạnh mẽ trong công tác dân vận, góp phần quan trọng vào việc phát triển kinh tế, văn hóa-xã hội, bảo đảm an ninh, trật tự, nâng cao đời sống vật chất và tinh thần của nhân dân.',
    'In recent years, Party committees, authorities and mass mobilization forces across the province have paid attention to directing, guiding and carrying out the “Skilful Mass Mobilization” emulation movement, which has drawn wide participation from all sections of the people. It has promoted the people’s right to mastery, initiative and creativity, brought strong changes to mass mobilization work, and contributed significantly to economic, cultural and social development, to security and order, and to better material and spiritual lives for the people.',
  ),
  fig('tap-huan-qcdc-hoc-vien.jpg', 'Cán bộ dự lớp tập huấn', 'Officials attending the training'),
  p(
    'Tuy nhiên, việc tổ chức và thực hiện phong trào thi đua “Dân vận khéo” ở các cấp trong tỉnh còn một số hạn chế cần khắc phục: Công tác tuyên truyền, thực hiện ở một số nơi chưa thường xuyên, thiếu chiều sâu, hiệu quả thấp; nhiều mô hình nặng tính hình thức, chưa thực sự gắn kết việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với các nghị quyết của Trung ương về xây dựng Đảng,…',
    'However, the organization and implementation of the “Skilful Mass Mobilization” movement at all levels in the province still has shortcomings to overcome: in some places, communication and implementation are irregular, lack depth and achieve little; many models are formalistic and not yet truly linked with studying and following Ho Chi Minh’s thought, morality and style and with the Central Committee’s resolutions on Party building, among others.',
  ),
  p(
    'Hội nghị tập huấn nhằm trang bị kiến thức, kỹ năng giúp Ban Chỉ đạo quy chế dân chủ ở cơ sở triển khai, thực hiện tốt quy chế dân chủ ở cơ sở, xây dựng nội bộ đoàn kết, ngăn chặn, đẩy lùi tình trạng tham nhũng, lãng phí, góp phần hoàn thành tốt nhiệm vụ chính trị ở từng cơ quan, đơn vị./.',
    'The training aimed to equip the grassroots democracy steering committees with the knowledge and skills to carry out the grassroots democracy regulations well, build internal unity, prevent and push back corruption and waste, and help each agency and unit fulfil its political tasks.',
  ),
];

/**
 * News items: [id, date, image, colours, title, summary, body paragraphs, tags, author].
 * The first is the seed article, word for word.
 */
const NEWS = [
  {
    id: 'tap-huan-quy-che-dan-chu-2017',
    date: '2017-11-22T11:16:00+07:00',
    image: 'tap-huan-qcdc-2017.jpg',
    colors: ['#8b1a1a', '#d9a441'],
    title: {
      vi: 'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017',
      en: 'Training on the grassroots democracy regulations for state administrative agencies and public service units in 2017',
    },
    summary: {
      vi: 'Sáng 22/11, Ban Chỉ đạo Quy chế dân chủ tỉnh Long An tổ chức tập huấn quy chế dân chủ năm 2017 cho Trưởng Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở, Chủ tịch Công đoàn các cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập cấp tỉnh.',
      en: 'On the morning of 22 November, the Steering Committee for the Grassroots Democracy Regulations of Long An province held its 2017 training on the democracy regulations for the heads of the grassroots democracy steering committees and the trade union chairpersons of provincial state administrative agencies and public service units.',
    },
    alt: {
      vi: 'Hội trường lớp tập huấn quy chế dân chủ năm 2017 tại Long An',
      en: 'The hall of the 2017 grassroots democracy training in Long An',
    },
    body: SEED_BODY,
    tags: { vi: ['Tin tức', 'Dân vận', 'Quy chế dân chủ'], en: ['News', 'Mass mobilization', 'Grassroots democracy'] },
    author: 'Phong Nhã',
  },
  {
    id: 'hoi-nghi-xuc-tien-dau-tu-2017',
    date: '2017-11-21T16:40:00+07:00',
    image: 'xuc-tien-dau-tu.jpg',
    colors: ['#0f4c81', '#5fb0e5'],
    title: {
      vi: 'Long An trao giấy chứng nhận đầu tư cho 12 dự án tại Hội nghị xúc tiến đầu tư năm 2017',
      en: 'Long An grants investment certificates to 12 projects at its 2017 investment promotion conference',
    },
    summary: {
      vi: 'Tại Hội nghị xúc tiến đầu tư năm 2017, UBND tỉnh Long An trao giấy chứng nhận đăng ký đầu tư cho 12 dự án trong và ngoài nước với tổng vốn đăng ký hơn 1,2 tỷ USD.',
      en: 'At its 2017 investment promotion conference, the Long An Provincial People’s Committee granted investment registration certificates to 12 domestic and foreign projects with total registered capital of over USD 1.2 billion.',
    },
    alt: { vi: 'Lãnh đạo tỉnh trao giấy chứng nhận đầu tư cho doanh nghiệp', en: 'Provincial leaders hand investment certificates to businesses' },
    body: [
      p(
        'Phát biểu tại hội nghị, Chủ tịch UBND tỉnh khẳng định Long An luôn đồng hành cùng doanh nghiệp, tiếp tục cải thiện môi trường đầu tư, kinh doanh và rút ngắn thời gian giải quyết thủ tục hành chính.',
        'Speaking at the conference, the Chairman of the Provincial People’s Committee affirmed that Long An always stands by businesses and will keep improving the investment and business environment and shortening administrative procedures.',
      ),
      p(
        'Các dự án tập trung vào công nghiệp chế biến, logistics và nông nghiệp ứng dụng công nghệ cao tại các huyện Đức Hòa, Bến Lức và Cần Giuộc.',
        'The projects focus on processing industry, logistics and high-tech agriculture in Duc Hoa, Ben Luc and Can Giuoc districts.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Kinh tế', 'Đầu tư'], en: ['News', 'Economy', 'Investment'] },
    author: 'Minh Thư',
  },
  {
    id: 'thanh-long-chau-thanh-vao-mua',
    date: '2017-11-20T09:05:00+07:00',
    image: 'thanh-long-chau-thanh.jpg',
    colors: ['#b3135c', '#7ac143'],
    title: {
      vi: 'Nông dân Châu Thành thu hoạch thanh long trái vụ, giá ổn định',
      en: 'Chau Thanh farmers harvest off-season dragon fruit at steady prices',
    },
    summary: {
      vi: 'Hơn 11.000 ha thanh long ở huyện Châu Thành đang vào vụ thu hoạch trái vụ; nhờ thắp đèn đúng kỹ thuật, năng suất bình quân đạt 30 tấn/ha.',
      en: 'More than 11,000 hectares of dragon fruit in Chau Thanh district are being harvested off-season; thanks to correct night-lighting techniques, yields average 30 tonnes per hectare.',
    },
    alt: { vi: 'Vườn thanh long ruột đỏ chín ở huyện Châu Thành', en: 'Ripe red-flesh dragon fruit in an orchard in Chau Thanh district' },
    body: [
      p(
        'Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, nhiều hợp tác xã đã liên kết với doanh nghiệp xuất khẩu, áp dụng quy trình VietGAP để giữ giá bán ổn định.',
        'According to the district’s Agriculture and Rural Development Office, many cooperatives have partnered with exporters and apply VietGAP practices to keep prices stable.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Nông nghiệp'], en: ['News', 'Agriculture'] },
    author: 'Hữu Trí',
  },
  {
    id: 'thong-xe-cau-ben-luc',
    date: '2017-11-18T10:30:00+07:00',
    image: 'cau-ben-luc.jpg',
    colors: ['#37474f', '#90a4ae'],
    title: {
      vi: 'Thông xe cầu mới trên đường tỉnh 830 qua huyện Bến Lức',
      en: 'New bridge on provincial road 830 in Ben Luc district opens to traffic',
    },
    summary: {
      vi: 'Cây cầu dài 240 m bắc qua sông Vàm Cỏ Đông giúp rút ngắn thời gian đi lại giữa Bến Lức và các khu công nghiệp ở Đức Hòa.',
      en: 'The 240-metre bridge over the Vam Co Dong river shortens journeys between Ben Luc and the industrial parks of Duc Hoa.',
    },
    alt: { vi: 'Cầu bê tông mới bắc qua sông Vàm Cỏ Đông', en: 'The new concrete bridge over the Vam Co Dong river' },
    body: [
      p(
        'Công trình có tổng vốn đầu tư hơn 180 tỷ đồng từ ngân sách tỉnh, hoàn thành sớm hơn kế hoạch hai tháng.',
        'The project cost more than VND 180 billion from the provincial budget and was finished two months ahead of schedule.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Giao thông'], en: ['News', 'Transport'] },
    author: 'Quốc Bảo',
  },
  {
    id: 'ngay-hoi-dai-doan-ket-thanh-hoa',
    date: '2017-11-17T15:20:00+07:00',
    image: 'ngay-hoi-dai-doan-ket.jpg',
    colors: ['#c62828', '#ffca28'],
    title: {
      vi: 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư ấp Đông Hòa, huyện Thạnh Hóa',
      en: 'National Great Unity Day festival in Dong Hoa hamlet, Thanh Hoa district',
    },
    summary: {
      vi: 'Nhân kỷ niệm 87 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam, bà con ấp Đông Hòa vui ngày hội với nhiều hoạt động văn hóa, thể thao.',
      en: 'Marking the 87th anniversary of the Vietnam National United Front, the people of Dong Hoa hamlet celebrated with cultural and sports activities.',
    },
    alt: { vi: 'Người dân ấp Đông Hòa tham gia ngày hội', en: 'Residents of Dong Hoa hamlet at the festival' },
    body: [
      p(
        'Dịp này, Ủy ban Mặt trận Tổ quốc huyện trao 20 căn nhà Đại đoàn kết và 150 phần quà cho hộ nghèo, hộ cận nghèo.',
        'On this occasion, the district Fatherland Front Committee handed over 20 Great Unity houses and 150 gifts to poor and near-poor households.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Dân vận', 'Xã hội'], en: ['News', 'Mass mobilization', 'Society'] },
    author: 'Thanh Tâm',
  },
  {
    id: 'mot-cua-lien-thong-hien-dai',
    date: '2017-11-16T08:45:00+07:00',
    image: 'mot-cua-hien-dai.jpg',
    colors: ['#00695c', '#80cbc4'],
    title: {
      vi: '100% UBND cấp xã vận hành bộ phận một cửa liên thông hiện đại',
      en: 'All commune People’s Committees now run modern one-stop service desks',
    },
    summary: {
      vi: 'Người dân có thể theo dõi tình trạng hồ sơ qua tin nhắn và Cổng thông tin điện tử tỉnh; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%.',
      en: 'Residents can follow their applications by text message and on the provincial portal; 98.6% of applications are now settled on time.',
    },
    alt: { vi: 'Cán bộ tiếp nhận hồ sơ tại bộ phận một cửa', en: 'An official receiving documents at a one-stop desk' },
    body: [
      p(
        'Sở Nội vụ cho biết, năm 2018 tỉnh tiếp tục mở rộng dịch vụ công trực tuyến mức độ 3, 4 và tiếp nhận hồ sơ qua bưu điện.',
        'The Department of Home Affairs said that in 2018 the province will expand level 3 and 4 online public services and accept applications by post.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Cải cách hành chính'], en: ['News', 'Administrative reform'] },
    author: 'Ngọc Hân',
  },
  {
    id: 'phong-chong-xam-nhap-man-2018',
    date: '2017-11-15T14:10:00+07:00',
    image: 'xam-nhap-man.jpg',
    colors: ['#01579b', '#e0c27a'],
    title: {
      vi: 'Chủ động phương án phòng, chống hạn, xâm nhập mặn mùa khô 2017 – 2018',
      en: 'Getting ready for drought and saltwater intrusion in the 2017–2018 dry season',
    },
    summary: {
      vi: 'Các huyện Cần Giuộc, Cần Đước, Tân Trụ được yêu cầu kiểm tra hệ thống cống, đê bao và tích trữ nước ngọt trước tháng 01/2018.',
      en: 'Can Giuoc, Can Duoc and Tan Tru districts have been asked to inspect sluices and dykes and to store fresh water before January 2018.',
    },
    alt: { vi: 'Cống ngăn mặn trên kênh ở huyện Cần Đước', en: 'A saltwater-control sluice on a canal in Can Duoc district' },
    body: [
      p(
        'Dự báo mặn có thể xâm nhập sâu 60 – 70 km trên sông Vàm Cỏ; ngành nông nghiệp khuyến cáo bà con xuống giống lúa đông xuân đúng lịch thời vụ.',
        'Salinity is forecast to reach 60–70 km up the Vam Co river; the agricultural sector advises farmers to sow the winter–spring rice crop on schedule.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Nông nghiệp', 'Phòng chống thiên tai'], en: ['News', 'Agriculture', 'Disaster prevention'] },
    author: 'Hữu Trí',
  },
  {
    id: 'nong-thon-moi-duc-hoa',
    date: '2017-11-14T10:00:00+07:00',
    image: 'nong-thon-moi-duc-hoa.jpg',
    colors: ['#2e7d32', '#c5e1a5'],
    title: {
      vi: 'Đức Hòa có thêm 3 xã đạt chuẩn nông thôn mới',
      en: 'Three more communes in Duc Hoa meet the new rural standards',
    },
    summary: {
      vi: 'Với các xã Hựu Thạnh, Hòa Khánh Đông và Đức Lập Hạ, toàn huyện hiện có 9 xã đạt chuẩn nông thôn mới.',
      en: 'With Huu Thanh, Hoa Khanh Dong and Duc Lap Ha, the district now has nine communes that meet the new rural standards.',
    },
    alt: { vi: 'Đường bê tông nông thôn ở xã Hựu Thạnh', en: 'A concrete rural road in Huu Thanh commune' },
    body: [
      p(
        'Thu nhập bình quân đầu người ở các xã mới đạt chuẩn đạt trên 45 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn dưới 2%.',
        'Average income per head in the newly recognized communes exceeds VND 45 million a year, and the poverty rate has fallen below 2%.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Nông thôn mới'], en: ['News', 'New rural development'] },
    author: 'Thanh Tâm',
  },
  {
    id: 'lua-chat-luong-cao-tan-thanh',
    date: '2017-11-13T07:50:00+07:00',
    image: 'lua-tan-thanh.jpg',
    colors: ['#f9a825', '#558b2f'],
    title: {
      vi: 'Cánh đồng lớn lúa chất lượng cao ở Tân Thạnh mở rộng lên 5.000 ha',
      en: 'Tan Thanh’s large-field high-quality rice area grows to 5,000 hectares',
    },
    summary: {
      vi: 'Nông dân tham gia cánh đồng lớn được doanh nghiệp bao tiêu sản phẩm, lợi nhuận tăng 15 – 20% so với sản xuất nhỏ lẻ.',
      en: 'Farmers in the large-field scheme sell their whole crop to partner companies and earn 15–20% more than on scattered plots.',
    },
    alt: { vi: 'Cánh đồng lúa chín vàng ở huyện Tân Thạnh', en: 'Golden rice fields in Tan Thanh district' },
    body: [
      p(
        'Huyện khuyến khích sử dụng giống xác nhận, giảm lượng giống gieo sạ và áp dụng “1 phải 5 giảm” để hạ giá thành.',
        'The district encourages certified seed, lower sowing rates and the “one must, five reductions” practice to cut costs.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Nông nghiệp'], en: ['News', 'Agriculture'] },
    author: 'Hữu Trí',
  },
  {
    id: 'tuyen-duong-dan-van-kheo-2017',
    date: '2017-11-10T16:00:00+07:00',
    image: 'dan-van-kheo.jpg',
    colors: ['#ad1457', '#f48fb1'],
    title: {
      vi: 'Tuyên dương 45 tập thể, cá nhân điển hình trong phong trào thi đua “Dân vận khéo”',
      en: '45 groups and individuals honoured in the “Skilful Mass Mobilization” emulation movement',
    },
    summary: {
      vi: 'Ban Dân vận Tỉnh ủy tổ chức hội nghị biểu dương các mô hình “Dân vận khéo” tiêu biểu giai đoạn 2016 – 2017.',
      en: 'The Provincial Party Committee’s Mass Mobilization Commission held a ceremony honouring outstanding “Skilful Mass Mobilization” models for 2016–2017.',
    },
    alt: { vi: 'Đại biểu nhận bằng khen tại hội nghị', en: 'Delegates receiving certificates of merit at the ceremony' },
    body: [
      p(
        'Nhiều mô hình như “Dân làm, Nhà nước hỗ trợ” làm đường giao thông nông thôn, “Tổ tự quản an ninh trật tự” được nhân rộng.',
        'Models such as “People build, the State supports” for rural roads and “self-managed security teams” are being replicated.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Dân vận'], en: ['News', 'Mass mobilization'] },
    author: 'Phong Nhã',
  },
  {
    id: 'ngay-phap-luat-2017',
    date: '2017-11-09T09:30:00+07:00',
    image: 'ngay-phap-luat.jpg',
    colors: ['#4a148c', '#b39ddb'],
    title: {
      vi: 'Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11',
      en: 'Long An marks Vietnam Law Day on 9 November',
    },
    summary: {
      vi: 'Sở Tư pháp phối hợp các ngành tổ chức tọa đàm, thi tìm hiểu pháp luật và tư vấn pháp lý miễn phí cho người dân.',
      en: 'The Department of Justice and other agencies held talks, a law quiz and free legal advice sessions for residents.',
    },
    alt: { vi: 'Cán bộ tư pháp tư vấn pháp luật cho người dân', en: 'A justice official giving legal advice to a resident' },
    body: [
      p(
        'Trong năm 2017, toàn tỉnh tổ chức hơn 2.300 cuộc tuyên truyền, phổ biến pháp luật với trên 150.000 lượt người tham dự.',
        'In 2017 the province held more than 2,300 legal education sessions attended by over 150,000 people.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Pháp luật'], en: ['News', 'Law'] },
    author: 'Ngọc Hân',
  },
  {
    id: 'khu-cong-nghiep-thu-hut-lao-dong',
    date: '2017-11-08T11:15:00+07:00',
    image: 'khu-cong-nghiep.jpg',
    colors: ['#263238', '#ff7043'],
    title: {
      vi: 'Các khu công nghiệp thu hút thêm hơn 8.000 lao động trong 10 tháng',
      en: 'Industrial parks take on more than 8,000 workers in ten months',
    },
    summary: {
      vi: 'Ban Quản lý các khu kinh tế tỉnh cho biết 10 tháng năm 2017 có 61 dự án mới đi vào hoạt động tại các khu, cụm công nghiệp.',
      en: 'The provincial Economic Zones Authority reports that 61 new projects started operating in industrial parks and clusters in the first ten months of 2017.',
    },
    alt: { vi: 'Nhà xưởng trong khu công nghiệp ở huyện Đức Hòa', en: 'Factory buildings in an industrial park in Duc Hoa district' },
    body: [
      p(
        'Tỉnh đang đầu tư nhà ở xã hội và nhà trẻ gần các khu công nghiệp để giữ chân người lao động.',
        'The province is building social housing and nurseries near the industrial parks to keep workers.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Kinh tế', 'Lao động'], en: ['News', 'Economy', 'Labour'] },
    author: 'Minh Thư',
  },
  {
    id: 'cong-thong-tin-dien-tu-phien-ban-moi',
    date: '2017-11-06T08:00:00+07:00',
    image: 'cong-thong-tin.jpg',
    colors: ['#1565c0', '#ffffff'],
    title: {
      vi: 'Cổng thông tin điện tử tỉnh ra mắt phiên bản mới, thân thiện với điện thoại di động',
      en: 'The provincial web portal launches a new, mobile-friendly edition',
    },
    summary: {
      vi: 'Phiên bản mới hiển thị tốt trên điện thoại, tích hợp tra cứu thủ tục hành chính và lịch tập huấn của các sở, ngành.',
      en: 'The new edition works well on phones and brings together administrative procedures and the training calendars of provincial departments.',
    },
    alt: { vi: 'Giao diện Cổng thông tin điện tử tỉnh Long An trên điện thoại', en: 'The Long An provincial portal on a mobile phone' },
    body: [
      p(
        'Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị cập nhật tin bài, lịch công tác thường xuyên và cung cấp bản tin tiếng Anh.',
        'The Department of Information and Communications asks agencies to keep news and work schedules up to date and to provide English versions.',
      ),
    ],
    tags: { vi: ['Tin tức', 'Công nghệ thông tin'], en: ['News', 'Information technology'] },
    author: 'Quốc Bảo',
  },
];

// ---------------------------------------------------------------- events

const UBND = {
  vi: { name: 'Hội trường UBND tỉnh Long An', address: 'Số 61 Nguyễn Huệ, Phường 1, TP. Tân An, tỉnh Long An' },
  en: { name: 'Long An Provincial People’s Committee Hall', address: '61 Nguyen Hue Street, Ward 1, Tan An City, Long An Province' },
};
const SCHOOL = {
  vi: { name: 'Trường Chính trị tỉnh Long An', address: 'Số 1 Nguyễn Văn Tạo, Phường 6, TP. Tân An, tỉnh Long An' },
  en: { name: 'Long An Provincial Political School', address: '1 Nguyen Van Tao Street, Ward 6, Tan An City, Long An Province' },
};
const org = (vi, en) => ({ vi: { name: vi }, en: { name: en } });

/**
 * Training events. `seed: true` marks the seed session, which the demo
 * server never moves.
 */
const EVENTS = [
  {
    id: 'lich-tap-huan-quy-che-dan-chu-2017',
    seed: true,
    article: 'tap-huan-quy-che-dan-chu-2017',
    title: {
      vi: 'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017',
      en: 'Training on the grassroots democracy regulations for state administrative agencies and public service units, 2017',
    },
    summary: {
      vi: 'Giới thiệu Nghị định số 04/2015/NĐ-CP về thực hiện dân chủ trong hoạt động của cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập; phong trào thi đua “Dân vận khéo”. Báo cáo viên: Phó Vụ trưởng Vụ Dân vận các cơ quan Nhà nước (Ban Dân vận Trung ương) Vũ Anh Tuấn.',
      en: 'An introduction to Decree No. 04/2015/ND-CP on exercising democracy in state administrative agencies and public service units, and the “Skilful Mass Mobilization” emulation movement. Speaker: Vu Anh Tuan, Deputy Director of the Department for Mass Mobilization of State Agencies (Central Mass Mobilization Commission).',
    },
    tags: { vi: ['Lịch tập huấn', 'Quy chế dân chủ'], en: ['Training', 'Grassroots democracy'] },
    event: {
      start: '2017-11-22T07:30:00+07:00',
      end: '2017-11-22T11:00:00+07:00',
      location: UBND,
      organizer: org('Ban Chỉ đạo Quy chế dân chủ tỉnh Long An', 'Long An Provincial Steering Committee for the Grassroots Democracy Regulations'),
      audience: {
        vi: 'Trưởng Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở, Chủ tịch Công đoàn các cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập cấp tỉnh',
        en: 'Heads of grassroots democracy steering committees and trade union chairpersons of provincial state administrative agencies and public service units',
      },
    },
  },
  {
    id: 'boi-duong-qlnn-chuyen-vien-k2-2017',
    title: {
      vi: 'Lớp bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên (khóa 2 năm 2017)',
      en: 'State management course for specialist-grade civil servants (second course of 2017)',
    },
    summary: {
      vi: 'Năm ngày học tập trung về hành chính nhà nước, kỹ năng soạn thảo văn bản và giải quyết công việc. Học viên mang theo quyết định cử đi học.',
      en: 'Five full days on public administration, drafting official documents and handling casework. Participants bring their nomination decision.',
    },
    tags: { vi: ['Lịch tập huấn', 'Bồi dưỡng cán bộ'], en: ['Training', 'Civil service training'] },
    event: {
      start: '2017-11-27',
      end: '2017-12-01',
      all_day: true,
      location: SCHOOL,
      organizer: org('Sở Nội vụ tỉnh Long An', 'Long An Department of Home Affairs'),
      audience: {
        vi: 'Công chức, viên chức ngạch chuyên viên và tương đương của các sở, ngành, huyện, thị xã, thành phố',
        en: 'Specialist-grade civil servants and public employees of provincial departments and of districts, towns and cities',
      },
      registration: { url: 'https://snv.longan.gov.vn/dang-ky-boi-duong', deadline: '2017-11-24T17:00:00+07:00', capacity: 80 },
    },
  },
  {
    id: 'tap-huan-phan-mem-mot-cua-dien-tu',
    title: {
      vi: 'Tập huấn sử dụng phần mềm một cửa điện tử cho cán bộ cấp xã',
      en: 'Training on the electronic one-stop software for commune officials',
    },
    summary: {
      vi: 'Buổi tập huấn bị hủy do trùng lịch kỳ họp HĐND; nội dung sẽ được hướng dẫn trực tuyến theo từng huyện.',
      en: 'This session is cancelled because it clashes with the People’s Council session; the content will be taught online district by district.',
    },
    tags: { vi: ['Lịch tập huấn', 'Cải cách hành chính'], en: ['Training', 'Administrative reform'] },
    event: {
      start: '2017-11-23T14:00:00+07:00',
      end: '2017-11-23T16:30:00+07:00',
      status: 'cancelled',
      location: {
        vi: { name: 'Phòng họp Sở Thông tin và Truyền thông', address: 'Số 137 Nguyễn Đình Chiểu, Phường 1, TP. Tân An, tỉnh Long An' },
        en: { name: 'Meeting room, Department of Information and Communications', address: '137 Nguyen Dinh Chieu Street, Ward 1, Tan An City, Long An Province' },
      },
      organizer: org('Sở Thông tin và Truyền thông tỉnh Long An', 'Long An Department of Information and Communications'),
      audience: { vi: 'Công chức bộ phận một cửa UBND các xã, phường, thị trấn', en: 'One-stop desk staff of commune and ward People’s Committees' },
    },
  },
  {
    id: 'tap-huan-phong-chong-thien-tai-2017',
    title: {
      vi: 'Tập huấn nâng cao năng lực phòng, chống thiên tai dựa vào cộng đồng',
      en: 'Community-based disaster risk management training',
    },
    summary: {
      vi: 'Tạm hoãn để tập trung ứng phó triều cường; thời gian mới sẽ được thông báo sau.',
      en: 'Postponed so that staff can respond to the high tides; the new date will be announced.',
    },
    tags: { vi: ['Lịch tập huấn', 'Phòng chống thiên tai'], en: ['Training', 'Disaster prevention'] },
    event: {
      start: '2017-11-29T08:00:00+07:00',
      end: '2017-11-29T11:30:00+07:00',
      status: 'postponed',
      location: {
        vi: { name: 'Hội trường UBND huyện Cần Đước', address: 'Khu 1A, thị trấn Cần Đước, huyện Cần Đước, tỉnh Long An' },
        en: { name: 'Can Duoc District People’s Committee Hall', address: 'Zone 1A, Can Duoc Town, Can Duoc District, Long An Province' },
      },
      organizer: org('Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh', 'Provincial Command for Natural Disaster Prevention, Search and Rescue'),
      audience: { vi: 'Thành viên Ban Chỉ huy PCTT-TKCN cấp huyện, cấp xã', en: 'Members of district and commune disaster prevention commands' },
    },
  },
  {
    id: 'tap-huan-dich-vu-cong-truc-tuyen',
    title: {
      vi: 'Tập huấn trực tuyến: cung cấp dịch vụ công trực tuyến mức độ 3, 4',
      en: 'Online training: providing level 3 and 4 online public services',
    },
    summary: {
      vi: 'Tập huấn qua hệ thống hội nghị truyền hình; các điểm cầu huyện kết nối trước 15 phút. Đăng ký theo đơn vị để nhận tài khoản thử nghiệm.',
      en: 'Held over the video-conference system; district sites connect 15 minutes early. Register per unit to receive a test account.',
    },
    tags: { vi: ['Lịch tập huấn', 'Công nghệ thông tin'], en: ['Training', 'Information technology'] },
    event: {
      start: '2017-11-30T14:00:00+07:00',
      end: '2017-11-30T16:00:00+07:00',
      online_url: 'https://hop.longan.gov.vn/tap-huan-dvc',
      location: {
        vi: { name: 'Trực tuyến và điểm cầu UBND các huyện' },
        en: { name: 'Online and at district People’s Committee video sites' },
      },
      organizer: org('Sở Thông tin và Truyền thông tỉnh Long An', 'Long An Department of Information and Communications'),
      audience: { vi: 'Cán bộ phụ trách dịch vụ công của các sở, ngành, huyện', en: 'Staff in charge of public services in departments and districts' },
      registration: { url: 'https://stttt.longan.gov.vn/dang-ky-tap-huan', deadline: '2017-11-28T17:00:00+07:00', capacity: 200 },
    },
  },
  {
    id: 'tap-huan-nghiep-vu-dan-van-2017',
    title: {
      vi: 'Tập huấn nghiệp vụ công tác dân vận chính quyền năm 2017',
      en: 'Training on mass mobilization work in government agencies, 2017',
    },
    summary: {
      vi: 'Hướng dẫn xây dựng và nhân rộng mô hình “Dân vận khéo” trong cơ quan hành chính; trao đổi kinh nghiệm tiếp công dân.',
      en: 'Guidance on building and replicating “Skilful Mass Mobilization” models in administrative agencies, and sharing experience in receiving citizens.',
    },
    tags: { vi: ['Lịch tập huấn', 'Dân vận'], en: ['Training', 'Mass mobilization'] },
    event: {
      start: '2017-12-06T07:30:00+07:00',
      end: '2017-12-06T11:00:00+07:00',
      location: UBND,
      organizer: org('Ban Dân vận Tỉnh ủy Long An', 'Mass Mobilization Commission of the Long An Provincial Party Committee'),
      audience: { vi: 'Cán bộ làm công tác dân vận chính quyền các sở, ngành, huyện', en: 'Mass mobilization officers of departments and districts' },
      registration: { url: 'https://bdv.longan.gov.vn/dang-ky', deadline: '2017-12-04T17:00:00+07:00', capacity: 120 },
    },
  },
  {
    id: 'tap-huan-lua-dong-xuan-tan-thanh',
    title: {
      vi: 'Tập huấn kỹ thuật canh tác lúa vụ Đông Xuân 2017 – 2018 thích ứng xâm nhập mặn',
      en: 'Winter–spring 2017–2018 rice cultivation techniques adapted to saltwater intrusion',
    },
    summary: {
      vi: 'Buổi sáng học lý thuyết, buổi chiều thực hành trên đồng ruộng tại ấp 4, xã Tân Bình.',
      en: 'Theory in the morning, practice in the fields of hamlet 4, Tan Binh commune, in the afternoon.',
    },
    tags: { vi: ['Lịch tập huấn', 'Nông nghiệp'], en: ['Training', 'Agriculture'] },
    event: {
      start: '2017-12-07T07:30:00+07:00',
      end: '2017-12-07T16:30:00+07:00',
      location: {
        vi: { name: 'Trung tâm Khuyến nông huyện Tân Thạnh', address: 'Thị trấn Tân Thạnh, huyện Tân Thạnh, tỉnh Long An' },
        en: { name: 'Tan Thanh District Agricultural Extension Centre', address: 'Tan Thanh Town, Tan Thanh District, Long An Province' },
      },
      organizer: org('Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An', 'Long An Department of Agriculture and Rural Development'),
      audience: { vi: 'Cán bộ khuyến nông cấp xã và nông dân cánh đồng lớn', en: 'Commune extension officers and large-field farmers' },
      registration: { deadline: '2017-12-05T17:00:00+07:00', capacity: 60 },
    },
  },
  {
    id: 'tap-huan-an-toan-thuc-pham-2017',
    title: {
      vi: 'Tập huấn kiến thức an toàn thực phẩm cho cơ sở sản xuất, kinh doanh',
      en: 'Food safety training for food producers and traders',
    },
    summary: {
      vi: 'Học viên đạt bài kiểm tra cuối buổi được cấp giấy xác nhận kiến thức an toàn thực phẩm.',
      en: 'Participants who pass the end-of-session test receive a food safety knowledge certificate.',
    },
    tags: { vi: ['Lịch tập huấn', 'Y tế'], en: ['Training', 'Health'] },
    event: {
      start: '2017-12-12T13:30:00+07:00',
      end: '2017-12-12T16:30:00+07:00',
      location: {
        vi: { name: 'Chi cục An toàn vệ sinh thực phẩm', address: 'Số 34 Châu Thị Kim, Phường 3, TP. Tân An, tỉnh Long An' },
        en: { name: 'Sub-department of Food Safety', address: '34 Chau Thi Kim Street, Ward 3, Tan An City, Long An Province' },
      },
      organizer: org('Sở Y tế tỉnh Long An', 'Long An Department of Health'),
      audience: { vi: 'Chủ cơ sở và người trực tiếp chế biến thực phẩm', en: 'Owners and food handlers of food businesses' },
      registration: { url: 'https://syt.longan.gov.vn/dang-ky-tap-huan-attp', capacity: 150 },
    },
  },
  {
    id: 'tap-huan-van-thu-luu-tru-2017',
    title: {
      vi: 'Tập huấn nghiệp vụ văn thư, lưu trữ và lập hồ sơ điện tử',
      en: 'Training on records management, archiving and electronic files',
    },
    summary: {
      vi: 'Đã dời sang lịch mới do thay đổi báo cáo viên; các đơn vị đã đăng ký không cần đăng ký lại.',
      en: 'Moved to a new date because of a change of speaker; units already registered need not register again.',
    },
    tags: { vi: ['Lịch tập huấn', 'Bồi dưỡng cán bộ'], en: ['Training', 'Civil service training'] },
    event: {
      start: '2017-12-14T08:00:00+07:00',
      end: '2017-12-14T11:30:00+07:00',
      status: 'rescheduled',
      location: UBND,
      organizer: org('Chi cục Văn thư – Lưu trữ, Sở Nội vụ', 'Sub-department of Records and Archives, Department of Home Affairs'),
      audience: { vi: 'Công chức văn thư các cơ quan, đơn vị cấp tỉnh', en: 'Records officers of provincial agencies' },
    },
  },
  {
    id: 'tap-huan-pho-bien-phap-luat-2017',
    title: {
      vi: 'Tập huấn kỹ năng phổ biến, giáo dục pháp luật cho báo cáo viên cấp huyện',
      en: 'Legal education skills for district-level speakers',
    },
    summary: {
      vi: 'Giới thiệu Luật Tiếp cận thông tin và kỹ năng tổ chức hội nghị phổ biến pháp luật ở khu dân cư.',
      en: 'The Law on Access to Information, and how to run legal education meetings in residential areas.',
    },
    tags: { vi: ['Lịch tập huấn', 'Pháp luật'], en: ['Training', 'Law'] },
    event: {
      start: '2017-11-20T13:30:00+07:00',
      end: '2017-11-20T16:30:00+07:00',
      location: UBND,
      organizer: org('Sở Tư pháp tỉnh Long An', 'Long An Department of Justice'),
      audience: { vi: 'Báo cáo viên pháp luật cấp huyện', en: 'District legal education speakers' },
    },
  },
  {
    id: 'tap-huan-so-cap-cuu-2017',
    title: {
      vi: 'Tập huấn sơ cấp cứu ban đầu cho lực lượng xung kích cấp xã',
      en: 'First-aid training for commune rapid-response teams',
    },
    summary: {
      vi: 'Hai ngày học tập trung, thực hành băng bó, cầm máu, hồi sức tim phổi và vận chuyển người bị nạn.',
      en: 'Two full days of practice: bandaging, stopping bleeding, CPR and moving casualties.',
    },
    tags: { vi: ['Lịch tập huấn', 'Y tế'], en: ['Training', 'Health'] },
    event: {
      start: '2017-12-18',
      end: '2017-12-19',
      all_day: true,
      location: {
        vi: { name: 'Trung tâm Y tế huyện Bến Lức', address: 'Thị trấn Bến Lức, huyện Bến Lức, tỉnh Long An' },
        en: { name: 'Ben Luc District Health Centre', address: 'Ben Luc Town, Ben Luc District, Long An Province' },
      },
      organizer: org('Hội Chữ thập đỏ tỉnh Long An', 'Long An Red Cross Society'),
      audience: { vi: 'Thành viên đội xung kích, tình nguyện viên chữ thập đỏ', en: 'Rapid-response team members and Red Cross volunteers' },
      registration: { url: 'mailto:chuthapdo@longan.gov.vn?subject=%C4%90%C4%83ng%20k%C3%BD%20t%E1%BA%ADp%20hu%E1%BA%A5n', deadline: '2017-12-14T17:00:00+07:00', capacity: 40 },
    },
  },
];

// ---------------------------------------------------------------- build

const pageUrl = (id, lang) => `../?item=${id}&lang=${lang}`;
const other = (lang) => (lang === 'vi' ? 'en' : 'vi');
const byLang = (v, lang) => (v && typeof v === 'object' && 'vi' in v ? v[lang] : v);

function newsItem(n, lang) {
  const o = other(lang);
  return {
    id: n.id,
    url: pageUrl(n.id, lang),
    title: n.title[lang],
    summary: n.summary[lang],
    content_html: bodyHtml(n.body, lang),
    image: `images/${n.image}`,
    date_published: n.date,
    authors: [{ name: n.author }],
    tags: n.tags[lang],
    language: lang,
    _pw: {
      image_alt: n.alt[lang],
      translations: { [o]: { url: pageUrl(n.id, o), title: n.title[o] } },
    },
  };
}

function eventItem(e, lang) {
  const o = other(lang);
  const ev = e.event;
  const event = { start: ev.start };
  if (ev.end) event.end = ev.end;
  if (ev.all_day) event.all_day = true;
  if (ev.status) event.status = ev.status;
  if (ev.location) event.location = byLang(ev.location, lang);
  if (ev.online_url) event.online_url = ev.online_url;
  if (ev.organizer) event.organizer = byLang(ev.organizer, lang);
  if (ev.audience) event.audience = byLang(ev.audience, lang);
  if (ev.registration) event.registration = ev.registration;
  const link = e.article ?? e.id;
  return {
    id: e.id,
    url: pageUrl(link, lang),
    title: e.title[lang],
    summary: e.summary[lang],
    content_text: e.summary[lang],
    tags: e.tags[lang],
    language: lang,
    _pw: {
      translations: { [o]: { url: pageUrl(link, o), title: e.title[o] } },
      event,
    },
  };
}

function feed(lang) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: lang === 'vi' ? 'Cổng thông tin điện tử tỉnh Long An' : 'Long An Provincial Web Portal',
    description:
      lang === 'vi'
        ? 'Tin tức và lịch tập huấn của tỉnh Long An (dữ liệu mẫu cho bản trình diễn provincial-widgets).'
        : 'News and training calendar of Long An province (sample data for the provincial-widgets demo).',
    // Absolute, as JSON Feed requires (`validate` says so): the portal these sample feeds stand for.
    home_page_url: lang === 'vi' ? 'https://www.longan.gov.vn/' : 'https://en.longan.gov.vn/',
    feed_url: `https://www.longan.gov.vn/feeds/portal.${lang}.json`,
    language: lang,
    items: [...NEWS.map((n) => newsItem(n, lang)), ...EVENTS.map((e) => eventItem(e, lang))],
  };
}

for (const lang of ['vi', 'en']) {
  writeFileSync(`${dir}portal.${lang}.json`, `${JSON.stringify(feed(lang), null, 2)}\n`);
}


// ---------------------------------------------------------------- images

const images = [
  ...NEWS.map((n) => ({ file: n.image, colors: n.colors, label: n.alt.vi })),
  { file: 'tap-huan-qcdc-bao-cao-vien.jpg', colors: ['#6d1b1b', '#c98b3a'], label: 'Báo cáo viên tại lớp tập huấn' },
  { file: 'tap-huan-qcdc-hoc-vien.jpg', colors: ['#7a2e12', '#e2b35d'], label: 'Cán bộ dự lớp tập huấn' },
];

const force = process.argv.includes('--images');
for (const img of images) {
  const out = `${dir}images/${img.file}`;
  if (existsSync(out) && !force) continue;
  const [a, b] = img.colors;
  // A gradient "photo" with soft shapes and a caption band: recognisably a
  // picture of the topic, small, and made here (nothing is downloaded).
  execFileSync('convert', [
    '-size', '800x450', `gradient:${a}-${b}`,
    '-fill', 'rgba(255,255,255,0.18)', '-draw', 'circle 640,120 640,40',
    '-fill', 'rgba(0,0,0,0.12)', '-draw', 'polygon 0,450 260,250 470,380 640,300 800,420 800,450',
    '-fill', 'rgba(255,255,255,0.10)', '-draw', 'roundrectangle 60,80 360,260 18,18',
    '-fill', 'rgba(0,0,0,0.55)', '-draw', 'rectangle 0,380 800,450',
    '-font', FONT, '-pointsize', String(Math.min(24, Math.floor(740 / (0.64 * img.label.length)))), '-fill', 'white',
    '-gravity', 'southwest', '-annotate', '+24+24', img.label,
    '-gravity', 'northeast', '-pointsize', '16', '-fill', 'rgba(255,255,255,0.85)', '-annotate', '+20+16', 'longan.gov.vn · ảnh minh họa',
    '-strip', '-interlace', 'Plane', '-quality', '72', out,
  ]);
}
