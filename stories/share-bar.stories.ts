/**
 * pw-share-bar: "Chia sẻ bài viết" under the article. Nothing is requested
 * from a third party before a click; Zalo's plugin loads only when asked for.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/share-bar/define.js';
import type { PwShareBar } from '../src/components/share-bar/share-bar.js';

interface Args {
  url: string;
  shareTitle: string;
  text: string;
  label: string;
  targets: string;
  layout: 'horizontal' | 'vertical';
  iconOnly: boolean;
  zaloOaId: string;
  theme: '' | 'light' | 'dark';
}

const ARTICLE = 'https://www.longan.gov.vn/tin-tuc/tap-huan-quy-che-dan-chu-2017?nguon=cong-tt&muc=dan-van#binh-luan';
const TITLE = 'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017';

const meta: Meta<Args> = {
  title: 'Widgets/pw-share-bar',
  component: 'pw-share-bar',
  tags: ['autodocs'],
  args: {
    url: ARTICLE,
    shareTitle: TITLE,
    text: '',
    label: '',
    targets: '',
    layout: 'horizontal',
    iconOnly: false,
    zaloOaId: '',
    theme: '',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (a) => html`<pw-share-bar
    url=${a.url || nothing}
    share-title=${a.shareTitle || nothing}
    text=${a.text || nothing}
    label=${a.label || nothing}
    targets=${a.targets || nothing}
    layout=${a.layout}
    zalo-oa-id=${a.zaloOaId || nothing}
    theme=${a.theme || nothing}
    ?icon-only=${a.iconOnly}
  ></pw-share-bar>`,
  parameters: {
    docs: {
      description: {
        component:
          'Shares the article on Zalo and Facebook first (as Vietnamese readers expect), then X, LinkedIn, email, ' +
          'copy link, print and the device’s share sheet where it exists. Icons are inline SVG and links open in a new ' +
          'tab with `rel="noopener noreferrer"`: **no third-party request before a click**. With `zalo-oa-id`, Zalo’s ' +
          'official plugin is loaded on click; without it, Zalo uses the share sheet or copies the link and says so. ' +
          'The URL defaults to `<link rel="canonical">`, then `og:url`, then the page address.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Vertical: Story = { args: { layout: 'vertical' } };

/** Icons only: every target keeps its accessible name and gets a tooltip. */
export const IconOnly: Story = { args: { iconOnly: true } };

/** Chosen, ordered targets and a custom heading. */
export const CustomTargets: Story = { args: { targets: 'facebook zalo copy', label: 'Chia sẻ thông báo này' } };

/** With a Zalo Official Account: the official plugin loads only when the reader presses Zalo. */
export const ZaloOfficialAccount: Story = { args: { zaloOaId: '579745863508352884', targets: 'zalo facebook copy' } };

/** Themed through `--pw-share-bar-*` custom properties. */
export const Themed: Story = {
  render: (a) => html`<pw-share-bar
    url=${a.url}
    share-title=${a.shareTitle}
    style="--pw-share-bar-background:#fff7e6;--pw-share-bar-border-color:#c8102e;--pw-share-bar-color:#7a0a1c;--pw-share-bar-radius:999px;--pw-share-bar-icon-color:#c8102e"
  ></pw-share-bar>`,
};

export const DarkTheme: Story = {
  render: (a) => html`<div style="background:#0f1215;padding:1rem">
    <pw-share-bar theme="dark" url=${a.url} share-title=${a.shareTitle}></pw-share-bar>
  </div>`,
};

/* ----- states reached by a click; the clipboard is stubbed so the story is reproducible ----- */

type Restore = () => void;
function stubClipboard(works: boolean): Restore {
  const nav = navigator as unknown as Record<string, unknown>;
  const doc = document as unknown as Record<string, unknown>;
  Object.defineProperty(nav, 'clipboard', {
    configurable: true,
    value: works ? { writeText: () => Promise.resolve() } : undefined,
  });
  Object.defineProperty(nav, 'share', { configurable: true, value: undefined });
  Object.defineProperty(doc, 'execCommand', { configurable: true, value: () => works });
  return () => {
    delete nav.clipboard;
    delete nav.share;
    delete doc.execCommand;
  };
}

async function press(canvas: HTMLElement, target: string, works: boolean, expectStatus: (s: string) => boolean) {
  const bar = canvas.querySelector<PwShareBar>('pw-share-bar')!;
  await bar.updateComplete;
  const restore = stubClipboard(works);
  try {
    bar.shadowRoot!.querySelector<HTMLElement>(`.target-${target}`)!.click();
    for (
      let i = 0;
      i < 100 && !expectStatus(bar.shadowRoot!.querySelector('[part="status"]')!.textContent ?? '');
      i++
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    restore();
  }
}

/** "Đã sao chép liên kết", shown and announced after copying. */
export const LinkCopied: Story = {
  play: ({ canvasElement }) => press(canvasElement, 'copy', true, (s) => s.trim() !== ''),
};

/** Copying failed (no Clipboard API, no fallback): the link is offered in a field to copy by hand. */
export const CopyFailed: Story = {
  play: ({ canvasElement }) => press(canvasElement, 'copy', false, (s) => s.trim() !== ''),
};

/** Zalo without an Official Account or share sheet: the link is copied, ready to paste into Zalo. */
export const ZaloReadyToPaste: Story = {
  play: ({ canvasElement }) => press(canvasElement, 'zalo', true, (s) => s.trim() !== ''),
};

/** A hostile `url` is ignored (with a console warning) and the page's own address is shared; a hostile title is text. */
export const HostileFields: Story = {
  args: {
    url: "javascript:alert('x')",
    shareTitle: '<img src=x onerror=alert(1)> Tiêu đề',
    text: '<script>alert(1)</script>',
  },
};
