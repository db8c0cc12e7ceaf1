/**
 * The toolbar: previous / today / next, the period heading, the view switcher
 * and the filters (search box, organiser / audience / tag selects).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { EventIndex } from './event-index.js';
import type { CalendarView } from './grid.js';
import { heading as headingTag } from '../../base/heading.js';

/** The element's filter properties, which the search box and the selects set. */
export interface Filters {
  query?: string;
  organizer?: string;
  audience?: string;
  tag?: string;
}

/**
 * @param filters the element (its public filter properties)
 * @param level the period heading's level
 * @param result the filters' result count, empty while no filter is on
 * @param index present once the feed is there: the selects list its values
 * @param go -1 previous period, 0 today, 1 next period
 * @param setView the view switcher
 */
export function renderToolbar(
  filters: Filters,
  view: CalendarView,
  heading: string,
  level: number,
  result: string,
  index: EventIndex | undefined,
  go: (n: -1 | 0 | 1) => void,
  setView: (view: CalendarView) => void,
): TemplateResult {
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
      <button type="button" part="nav-button" class="nav-button" aria-label=${prev} title=${prev} @click=${() => go(-1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <button type="button" part="nav-button" class="nav-button today-button" @click=${() => go(0)}>
        ${msg('Hôm nay', { id: 'training-calendar.today' })}
      </button>
      <button type="button" part="nav-button" class="nav-button" aria-label=${next} title=${next} @click=${() => go(1)}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
    ${headingTag(level, { part: 'heading', cls: 'heading', id: 'heading' }, html`<span aria-live="polite">${heading}</span>`)}
    <div class="views" role="group" aria-label=${msg('Chế độ xem', { id: 'training-calendar.views' })}>
      ${views.map(
        ([v, label]) => html`<button type="button" part="view-button" class="view-button"
        aria-pressed=${v === view ? 'true' : 'false'} @click=${() => setView(v)}>${label}</button>`,
      )}
    </div>
    <div part="filters" class="filters">
      <label class="search">
        <span>${msg('Tìm kiếm', { id: 'training-calendar.search' })}</span>
        <input type="search" .value=${filters.query ?? ''}
          @input=${(e: Event) => (filters.query = (e.target as HTMLInputElement).value)} />
      </label>
      ${renderSelects(filters, index)}
      <p part="result-count" class="result-count" role="status">${result}</p>
    </div>
  </div>`;
}

function renderSelects(filters: Filters, index: EventIndex | undefined): unknown {
  if (!index) return nothing;
  const all = msg('Tất cả', { id: 'training-calendar.all' });
  const select = (label: string, values: string[], filter: 'organizer' | 'audience' | 'tag') => {
    const current = filters[filter];
    return values.length > 1
      ? html`<label class="select"><span>${label}</span>
          <select @change=${(e: Event) => (filters[filter] = (e.target as HTMLSelectElement).value || undefined)}>
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
