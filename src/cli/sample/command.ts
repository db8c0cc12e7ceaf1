/** `provincial-widgets sample-feed`: the demo's sample feed, moved to the current weeks, with its photos. */
import { defineCommand } from '../common/command.js';
import { t } from '../common/i18n.js';
import { writeOutput } from '../common/output.js';
import { copySampleImages, sampleFeed } from './sample-feed.js';

/** The `sample-feed` command. */
export const sampleFeedCommand = defineCommand({
  name: 'sample-feed',
  args: '',
  summary: `Writes the demo's sample feed (news and training sessions) with its sessions moved
to the current weeks, to try the widgets on your own site. Vietnamese; --lang en
for the English edition. With -o, its photos are copied to images/ next to the file.`,
  files: { min: 0 },
  filesError: () => t('sample-feed takes no file; use -o <file>', 'sample-feed không nhận tệp; dùng -o <tệp>'),
  options: {
    output: { type: 'string', short: 'o', value: '<file>', help: 'write to a file instead of standard output' },
  },
  async run({ values, io, lang: cliLang }) {
    // The sample's language is Vietnamese unless --lang asks for English (the messages' default is English).
    const lang = cliLang?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    const json = `${JSON.stringify(sampleFeed(lang), null, 2)}\n`;
    if (!values.output) {
      io.out(json);
      return 0;
    }
    await writeOutput(values.output, json);
    const photos = await copySampleImages(values.output);
    io.err(
      `${t(
        `Wrote the ${lang === 'vi' ? 'Vietnamese' : 'English'} sample feed → ${values.output} (${photos} photos in images/ next to it). Publish both, then point src= at the feed.`,
        `Đã ghi bản tin mẫu ${lang === 'vi' ? 'tiếng Việt' : 'tiếng Anh'} → ${values.output} (${photos} ảnh trong thư mục images/ bên cạnh). Đăng cả hai lên máy chủ rồi trỏ src= vào bản tin.`,
      )}\n`,
    );
    return 0;
  },
});
