import { articleCard } from './article-card.js';
import { languageSwitcher } from './language-switcher.js';
import { newsList } from './news-list.js';
import { shareBar } from './share-bar.js';
import { trainingCalendar } from './training-calendar.js';

export type { Attrs, ElementExamples, Example } from './example.js';
export { build } from './example.js';

/** Every element's examples. */
export const allExamples = [newsList, articleCard, trainingCalendar, languageSwitcher, shareBar];
