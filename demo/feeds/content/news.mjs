/**
 * The demo's news articles in both languages (the sample feed's content). The first is the
 * seed article, word for word. demo/feeds/generate.mjs turns them into feed items.
 */

/** A paragraph or a figure of an article body. */
const p = (vi, en) => ({ p: { vi, en } });
const fig = (img, vi, en) => ({ img, caption: { vi, en } });

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
export const NEWS = [
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
    alt: {
      vi: 'Lãnh đạo tỉnh trao giấy chứng nhận đầu tư cho doanh nghiệp',
      en: 'Provincial leaders hand investment certificates to businesses',
    },
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
    alt: {
      vi: 'Vườn thanh long ruột đỏ chín ở huyện Châu Thành',
      en: 'Ripe red-flesh dragon fruit in an orchard in Chau Thanh district',
    },
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
    alt: {
      vi: 'Cống ngăn mặn trên kênh ở huyện Cần Đước',
      en: 'A saltwater-control sluice on a canal in Can Duoc district',
    },
    body: [
      p(
        'Dự báo mặn có thể xâm nhập sâu 60 – 70 km trên sông Vàm Cỏ; ngành nông nghiệp khuyến cáo bà con xuống giống lúa đông xuân đúng lịch thời vụ.',
        'Salinity is forecast to reach 60–70 km up the Vam Co river; the agricultural sector advises farmers to sow the winter–spring rice crop on schedule.',
      ),
    ],
    tags: {
      vi: ['Tin tức', 'Nông nghiệp', 'Phòng chống thiên tai'],
      en: ['News', 'Agriculture', 'Disaster prevention'],
    },
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
    alt: {
      vi: 'Đại biểu nhận bằng khen tại hội nghị',
      en: 'Delegates receiving certificates of merit at the ceremony',
    },
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
    alt: {
      vi: 'Cán bộ tư pháp tư vấn pháp luật cho người dân',
      en: 'A justice official giving legal advice to a resident',
    },
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
    alt: {
      vi: 'Nhà xưởng trong khu công nghiệp ở huyện Đức Hòa',
      en: 'Factory buildings in an industrial park in Duc Hoa district',
    },
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
    alt: {
      vi: 'Giao diện Cổng thông tin điện tử tỉnh Long An trên điện thoại',
      en: 'The Long An provincial portal on a mobile phone',
    },
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
