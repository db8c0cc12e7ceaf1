/**
 * Turns an element's examples (src/components/<name>/<name>.examples.ts) into Storybook stories: the
 * attributes become args (so the controls edit them), the feed becomes the `src` arg at its Storybook
 * address, and the feed states are reproduced without the network by ./news-states.ts.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { build, type Attrs, type ElementExamples } from './example.js';
import { downFeed, hangingFeed, staleFeed } from './news-states.js';

/** Where Storybook serves the example feeds (.storybook/main.ts staticDirs). */
const feedUrl = (feed: string): string => `/${feed}`;

/** The stories of one element: `meta` for the default export, `story(name)` for each named export. */
export function storiesFromExamples(set: ElementExamples) {
  const render = (args: Attrs, name?: string) => {
    const ex = name ? set.examples[name] : undefined;
    return build(set.tag, args, ex?.frame ?? set.frame, ex?.content ?? set.content);
  };
  return {
    meta: {
      component: set.tag,
      args: { ...set.defaults, ...(set.feed ? { src: feedUrl(set.feed) } : {}) },
      render: (args: Attrs) => render(args),
    },
    story(name: string): StoryObj<Attrs> {
      const ex = set.examples[name];
      if (!ex) throw new Error(`No example ${name} of ${set.tag}`);
      const feed = ex.feed ?? set.feed;
      const story: StoryObj<Attrs> = {
        args: { ...ex.attrs, ...(feed ? { src: feedUrl(feed) } : {}) },
        render: (args) => render(args, name),
        parameters: { docs: { description: { story: ex.description } } },
      };
      const globals = { ...(ex.locale ? { locale: ex.locale } : {}), ...(ex.theme ? { theme: ex.theme } : {}) };
      if (Object.keys(globals).length) story.globals = globals;
      if (ex.state === 'loading') story.render = (args) => render({ ...args, src: hangingFeed() }, name);
      if (ex.state === 'error') story.render = (args) => render({ ...args, src: downFeed() }, name);
      if (ex.state === 'stale' && feed) {
        story.loaders = [async () => ({ stale: await staleFeed(feedUrl(feed)) })];
        story.render = (args, { loaded }) => render({ ...args, src: loaded.stale as string }, name);
      }
      return story;
    },
  };
}
