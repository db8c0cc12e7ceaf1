/**
 * The toolbar: previous / today / next, the period heading, the view switcher
 * and the filters (search box, organiser / audience / tag selects).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { EventIndex } from './event-index.js';
import type { CalendarView } from './grid.js';
import { heading as headingTag } from '../../base/heading.js';

/** The element's filter properties, which the search box and the selects change. */
export interface Filters {
  query?: string;
  organizer?: string;
  audience?: string;
  tag?: string;
}

/** What the toolbar shows, and what it calls when the reader uses it. */
export interface ToolbarOptions {
  /** The filters' current values (the element's public filter properties). */
  filters: Readonly<Filters>;
  view: CalendarView;
  /** The period heading's text and level. */
  heading: string;
  level: number;
  /** The filters' result count, empty while no filter is on. */
  result: string;
  /** Present once the feed is there: the selects list its values. */
  index: EventIndex | undefined;
  /** The previous (-1) or next (1) month or week. */
  onStep: (n: -1 | 1) => void;
  onToday: () => void;
  onViewChange: (view: CalendarView) => void;
  /** The reader changed one filter (`undefined`: "all"). */
  onFilterChange: (change: Filters) => void;
}

/** The toolbar's template. */
export function renderToolbar({
  filters,
  view,
  heading,
  level,
  result,
  index,
  onStep,
  onToday,
  onViewChange,
  onFilterChange,
}: ToolbarOptions): TemplateResult {
  const week = view === 'week';
  const prev = week
    ? msg('Tuần trước', { id: 'training-calendar.prev-week' })
    : msg('Tháng trước', { id: 'training-calendar.prev-month' });
  const next = week
    ? msg('Tuần sau', { id: 'training-calendar.next-week' })
    : msg('Tháng sau', { id: 'training-calendar.next-month' });
  const views: [CalendarView, string][] = [
    ['month', msg('Tháng', { id: 'training-calendar.view-month' })],
    ['week', msg('Tuần', { id: 'training-calendar.view-week' })],
    ['list', msg('Danh sách', { id: 'training-calendar.view-list' })],
  ];
  return html`<div part="toolbar" class="toolbar">
    <div class="nav">
      <button type="button" part="nav-button" class="nav-button" aria-label=${prev} title=${prev} @click=${() => onStep(-1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <button type="button" part="nav-button" class="nav-button today-button" @click=${onToday}>
        ${msg('Hôm nay', { id: 'training-calendar.today' })}
      </button>
      <button type="button" part="nav-button" class="nav-button" aria-label=${next} title=${next} @click=${() => onStep(1)}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
    ${headingTag(level, { part: 'heading', cls: 'heading', id: 'heading' }, html`<span aria-live="polite">${heading}</span>`)}
    <div class="views" role="group" aria-label=${msg('Chế độ xem', { id: 'training-calendar.views' })}>
      ${views.map(
        ([v, label]) => html`<button type="button" part="view-button" class="view-button"
        aria-pressed=${v === view ? 'true' : 'false'} @click=${() => onViewChange(v)}>${label}</button>`,
      )}
    </div>
    <div part="filters" class="filters">
      <label class="search">
        <span>${msg('Tìm kiếm', { id: 'training-calendar.search' })}</span>
        <input type="search" .value=${filters.query ?? ''}
          @input=${(e: Event) => onFilterChange({ query: (e.target as HTMLInputElement).value })} />
      </label>
      ${renderSelects(filters, index, onFilterChange)}
      <p part="result-count" class="result-count" role="status">${result}</p>
    </div>
  </div>`;
}

function renderSelects(
  filters: Readonly<Filters>,
  index: EventIndex | undefined,
  onFilterChange: (change: Filters) => void,
): unknown {
  if (!index) return nothing;
  const all = msg('Tất cả', { id: 'training-calendar.all' });
  const select = (label: string, values: string[], filter: 'organizer' | 'audience' | 'tag') => {
    const current = filters[filter];
    return values.length > 1
      ? html`<label class="select"><span>${label}</span>
          <select @change=${(e: Event) => onFilterChange({ [filter]: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" ?selected=${!current}>${all}</option>
            ${values.map((v) => html`<option .value=${v} ?selected=${v === current} lang=${index.langs.get(v) ?? nothing}>${v}</option>`)}
          </select></label>`
      : nothing;
  };
  return [
    select(msg('Đơn vị tổ chức', { id: 'training-calendar.organizer' }), index.organizers, 'organizer'),
    select(msg('Đối tượng', { id: 'training-calendar.audience' }), index.audiences, 'audience'),
    select(msg('Chủ đề', { id: 'training-calendar.tag' }), index.tags, 'tag'),
  ];
}
