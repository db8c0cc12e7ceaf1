/**
 * pw-share-bar: "Chia sẻ bài viết" under the article. Nothing is requested
 * from a third party before a click; Zalo's plugin loads only when asked for.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import type { PwShareBar } from './share-bar.js';
import type { Attrs } from '../../../stories/support/example.js';
import { shareBar } from './share-bar.examples.js';
import { storiesFromExamples } from '../../../stories/support/from-examples.js';

const s = storiesFromExamples(shareBar);

const meta: Meta<Attrs> = {
  title: 'Widgets/pw-share-bar',
  tags: ['autodocs'],
  ...s.meta,
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

type Story = StoryObj<Attrs>;

// The examples, with their descriptions, are in share-bar.examples.ts.
export const Default: Story = { ...s.story('Default') };
export const DefaultEnglish: Story = { ...s.story('DefaultEnglish') };
export const Vertical: Story = { ...s.story('Vertical') };
export const IconOnly: Story = { ...s.story('IconOnly') };
export const VerticalIconOnly: Story = { ...s.story('VerticalIconOnly') };
export const CustomTargets: Story = { ...s.story('CustomTargets') };
export const ZaloOfficialAccount: Story = { ...s.story('ZaloOfficialAccount') };
export const Themed: Story = { ...s.story('Themed') };
export const DarkTheme: Story = { ...s.story('DarkTheme') };
export const HostileFields: Story = { ...s.story('HostileFields') };

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
    bar.shadowRoot!.querySelector<HTMLElement>(`[part~="target-${target}"]`)!.click();
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
