import { PwNewsList } from './news-list.js';

export { PwNewsList };

PwNewsList.define('pw-news-list');

declare global {
  interface HTMLElementTagNameMap {
    'pw-news-list': PwNewsList;
  }
}
