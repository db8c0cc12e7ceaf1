import { PwArticleCard } from './article-card.js';

export { PwArticleCard };

PwArticleCard.define('pw-article-card');

declare global {
  interface HTMLElementTagNameMap {
    'pw-article-card': PwArticleCard;
  }
}
