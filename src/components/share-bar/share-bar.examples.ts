import type { ElementExamples } from '../../../stories/support/example.js';

/** Examples of `pw-share-bar`. */
export const shareBar: ElementExamples = {
  tag: 'pw-share-bar',
  defaults: {
    url: 'https://www.longan.gov.vn/tin-tuc/tap-huan-quy-che-dan-chu-2017?nguon=cong-tt&muc=dan-van#binh-luan',
    'share-title': 'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017',
    layout: 'horizontal',
  },
  examples: {
    Default: { description: 'Zalo and Facebook first, then the other targets.', ready: 'target' },
    DefaultEnglish: { description: 'The bar in English.', locale: 'en', ready: 'target' },
    Vertical: { description: 'Stacked targets.', attrs: { layout: 'vertical' }, ready: 'target' },
    IconOnly: {
      description: 'Icons only: every target keeps its accessible name and gets a tooltip.',
      attrs: { 'icon-only': true },
      ready: 'target',
    },
    VerticalIconOnly: {
      description: 'Stacked icons only.',
      attrs: { layout: 'vertical', 'icon-only': true },
      ready: 'target',
    },
    CustomTargets: {
      description: 'Chosen, ordered targets and a custom heading.',
      attrs: { targets: 'facebook zalo copy', label: 'Chia sẻ thông báo này' },
      ready: 'target',
    },
    ZaloOfficialAccount: {
      description: 'With a Zalo Official Account: the official plugin loads only when the reader presses Zalo.',
      attrs: { 'zalo-oa-id': '579745863508352884', targets: 'zalo facebook copy' },
      ready: 'target',
    },
    Themed: {
      description: 'Themed through `--pw-share-bar-*` custom properties.',
      attrs: {
        style:
          '--pw-share-bar-background:#fff7e6;--pw-share-bar-border-color:#c8102e;--pw-share-bar-color:#7a0a1c;' +
          '--pw-share-bar-radius:999px;--pw-share-bar-icon-color:#c8102e',
      },
      ready: 'target',
    },
    DarkTheme: { description: 'Dark scheme.', theme: 'dark', ready: 'target' },
    HostileFields: {
      description:
        "A hostile `url` is ignored (with a console warning) and the page's own address is shared; a hostile title is text.",
      attrs: {
        url: "javascript:alert('x')",
        'share-title': '<img src=x onerror=alert(1)> Tiêu đề',
        text: '<script>alert(1)</script>',
      },
      ready: 'target',
    },
  },
};
