/** `provincial-widgets sample-feed`: the demo's sample feed, moved to the current weeks, with its photos. */
import { defineCommand } from '../common/command.js';
import { t } from '../common/i18n.js';
import { writeOutput } from '../common/output.js';
import { basename, dirname, join, resolve } from 'node:path';
import { articlesPage, articlesPageName, copySampleImages, sampleFeed } from './sample-feed.js';

/** The `sample-feed` command. */
export const sampleFeedCommand = defineCommand({
  name: 'sample-feed',
  args: '',
  summary: `Writes the demo's sample feed (news and training sessions) with its sessions moved
to the current weeks, to try the widgets on your own site. Vietnamese; --lang en
for the English edition. With -o, its photos (images/) and the page its items link to
(<name>.html) are written next to the file.`,
  files: { min: 0 },
  filesError: () => t('sample-feed takes no file; use -o <file>', 'sample-feed không nhận tệp; dùng -o <tệp>'),
  options: {
    output: { type: 'string', short: 'o', value: '<file>', help: 'write to a file instead of standard output' },
  },
  async run({ values, io, lang: cliLang }) {
    // The sample's language is Vietnamese unless --lang asks for English (the messages' default is English).
    const lang = cliLang?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    if (!values.output) {
      // Nothing is written beside standard output, so the items have no link.
      io.out(`${JSON.stringify(sampleFeed(lang), null, 2)}\n`);
      return 0;
    }
    const page = articlesPageName(values.output);
    const feed = sampleFeed(lang, page);
    await writeOutput(values.output, `${JSON.stringify(feed, null, 2)}\n`);
    await writeOutput(join(dirname(resolve(values.output)), page), articlesPage(feed));
    const photos = await copySampleImages(values.output);
    const ics = values.output.replace(/\.json$/i, '') + '.ics';
    io.err(
      `${t(
        `Wrote the ${lang === 'vi' ? 'Vietnamese' : 'English'} sample feed → ${values.output}, the page its items link to (${page}) and ${photos} photos in images/ next to it. Publish them together, then point src= at the feed.
  For the calendar's "Subscribe" button: provincial-widgets to-ics ${values.output} -o ${ics}, then add "_pw": { "ics_url": "${basename(ics)}" } to the feed.`,
        `Đã ghi bản tin mẫu ${lang === 'vi' ? 'tiếng Việt' : 'tiếng Anh'} → ${values.output}, trang mà các mục liên kết tới (${page}) và ${photos} ảnh trong thư mục images/ bên cạnh. Đăng tất cả lên máy chủ rồi trỏ src= vào bản tin.
  Để có nút "Đăng ký lịch": provincial-widgets to-ics ${values.output} -o ${ics}, rồi thêm "_pw": { "ics_url": "${basename(ics)}" } vào bản tin.`,
      )}\n`,
    );
    return 0;
  },
});
