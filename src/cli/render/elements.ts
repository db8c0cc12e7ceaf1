/** The five widgets, defined for the server renderer (Lit's Node build brings its DOM shim). */
import '../../components/news-list/define.js';
import '../../components/article-card/define.js';
import '../../components/training-calendar/define.js';
import '../../components/language-switcher/define.js';
import '../../components/share-bar/define.js';
export { lunarChunk } from '../../components/training-calendar/lunar-controller.js';
