/**
 * The demo's training events in both languages (the sample feed's calendar).
 * demo/feeds/generate.mjs turns them into feed items.
 */

const UBND = {
  vi: { name: 'Hội trường UBND tỉnh Long An', address: 'Số 61 Nguyễn Huệ, Phường 1, TP. Tân An, tỉnh Long An' },
  en: {
    name: 'Long An Provincial People’s Committee Hall',
    address: '61 Nguyen Hue Street, Ward 1, Tan An City, Long An Province',
  },
};
const SCHOOL = {
  vi: { name: 'Trường Chính trị tỉnh Long An', address: 'Số 1 Nguyễn Văn Tạo, Phường 6, TP. Tân An, tỉnh Long An' },
  en: {
    name: 'Long An Provincial Political School',
    address: '1 Nguyen Van Tao Street, Ward 6, Tan An City, Long An Province',
  },
};
const org = (vi, en) => ({ vi: { name: vi }, en: { name: en } });

/**
 * Training events. `seed: true` marks the seed session, which the demo
 * server never moves.
 */
export const EVENTS = [
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
      organizer: org(
        'Ban Chỉ đạo Quy chế dân chủ tỉnh Long An',
        'Long An Provincial Steering Committee for the Grassroots Democracy Regulations',
      ),
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
      registration: {
        url: 'https://snv.longan.gov.vn/dang-ky-boi-duong',
        deadline: '2017-11-24T17:00:00+07:00',
        capacity: 80,
      },
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
        vi: {
          name: 'Phòng họp Sở Thông tin và Truyền thông',
          address: 'Số 137 Nguyễn Đình Chiểu, Phường 1, TP. Tân An, tỉnh Long An',
        },
        en: {
          name: 'Meeting room, Department of Information and Communications',
          address: '137 Nguyen Dinh Chieu Street, Ward 1, Tan An City, Long An Province',
        },
      },
      organizer: org(
        'Sở Thông tin và Truyền thông tỉnh Long An',
        'Long An Department of Information and Communications',
      ),
      audience: {
        vi: 'Công chức bộ phận một cửa UBND các xã, phường, thị trấn',
        en: 'One-stop desk staff of commune and ward People’s Committees',
      },
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
        vi: {
          name: 'Hội trường UBND huyện Cần Đước',
          address: 'Khu 1A, thị trấn Cần Đước, huyện Cần Đước, tỉnh Long An',
        },
        en: {
          name: 'Can Duoc District People’s Committee Hall',
          address: 'Zone 1A, Can Duoc Town, Can Duoc District, Long An Province',
        },
      },
      organizer: org(
        'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh',
        'Provincial Command for Natural Disaster Prevention, Search and Rescue',
      ),
      audience: {
        vi: 'Thành viên Ban Chỉ huy PCTT-TKCN cấp huyện, cấp xã',
        en: 'Members of district and commune disaster prevention commands',
      },
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
      organizer: org(
        'Sở Thông tin và Truyền thông tỉnh Long An',
        'Long An Department of Information and Communications',
      ),
      audience: {
        vi: 'Cán bộ phụ trách dịch vụ công của các sở, ngành, huyện',
        en: 'Staff in charge of public services in departments and districts',
      },
      registration: {
        url: 'https://stttt.longan.gov.vn/dang-ky-tap-huan',
        deadline: '2017-11-28T17:00:00+07:00',
        capacity: 200,
      },
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
      organizer: org(
        'Ban Dân vận Tỉnh ủy Long An',
        'Mass Mobilization Commission of the Long An Provincial Party Committee',
      ),
      audience: {
        vi: 'Cán bộ làm công tác dân vận chính quyền các sở, ngành, huyện',
        en: 'Mass mobilization officers of departments and districts',
      },
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
        vi: {
          name: 'Trung tâm Khuyến nông huyện Tân Thạnh',
          address: 'Thị trấn Tân Thạnh, huyện Tân Thạnh, tỉnh Long An',
        },
        en: {
          name: 'Tan Thanh District Agricultural Extension Centre',
          address: 'Tan Thanh Town, Tan Thanh District, Long An Province',
        },
      },
      organizer: org(
        'Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An',
        'Long An Department of Agriculture and Rural Development',
      ),
      audience: {
        vi: 'Cán bộ khuyến nông cấp xã và nông dân cánh đồng lớn',
        en: 'Commune extension officers and large-field farmers',
      },
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
        vi: {
          name: 'Chi cục An toàn vệ sinh thực phẩm',
          address: 'Số 34 Châu Thị Kim, Phường 3, TP. Tân An, tỉnh Long An',
        },
        en: {
          name: 'Sub-department of Food Safety',
          address: '34 Chau Thi Kim Street, Ward 3, Tan An City, Long An Province',
        },
      },
      organizer: org('Sở Y tế tỉnh Long An', 'Long An Department of Health'),
      audience: {
        vi: 'Chủ cơ sở và người trực tiếp chế biến thực phẩm',
        en: 'Owners and food handlers of food businesses',
      },
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
      organizer: org(
        'Chi cục Văn thư – Lưu trữ, Sở Nội vụ',
        'Sub-department of Records and Archives, Department of Home Affairs',
      ),
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
      audience: {
        vi: 'Thành viên đội xung kích, tình nguyện viên chữ thập đỏ',
        en: 'Rapid-response team members and Red Cross volunteers',
      },
      registration: {
        url: 'mailto:chuthapdo@longan.gov.vn?subject=%C4%90%C4%83ng%20k%C3%BD%20t%E1%BA%ADp%20hu%E1%BA%A5n',
        deadline: '2017-12-14T17:00:00+07:00',
        capacity: 40,
      },
    },
  },
];
