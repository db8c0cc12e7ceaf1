import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { FeedItem } from '../../feed/types.js';
import { FeedElement } from '../../base/feed-element.js';
import { size, emptyState } from '../../base/states.js';
import {
  addDays, addMonths, displayZone, formatDate, formatDateTime, formatLongDay, formatMonth, dayStart,
  formatTimeRange, formatTime, formatZoneOffset, readerZoneDiffers, today, weekdayNames, type Day,
} from '../../shared/dates.js';
import { paragraphs } from '../../shared/text.js';
import { safeUrl } from '../../shared/url.js';
import {
  eventIndex, eventsBetween, eventsOn, filterPredicate, sessionOn,
  type CalendarEvent, type EventIndex, type EventPredicate, type Session,
} from './event-index.js';
import { dayForKey, gridWeeks, monthOf, monthStart, parseMonth, visibleRange, VIEWS, type CalendarView } from './grid.js';
import { buildIcs, eventDescription, googleCalendarUrl, icsDataUrl, icsFilename, type EventItem } from './ics.js';
import { trainingCalendarStyles } from './training-calendar.styles.js';

export type { CalendarView } from './grid.js';

export interface CalendarEventOpenDetail {
  /** The feed item whose details were opened. */
  item: FeedItem;
}

export interface CalendarNavigateDetail {
  view: CalendarView;
  /** First and last day now shown (`YYYY-MM-DD`). */
  from: string;
  to: string;
}

declare module '../../base/events.js' {
  interface PwEventMap {
    'pw-event-open': CalendarEventOpenDetail;
    'pw-calendar-navigate': CalendarNavigateDetail;
  }
}

/** Width (px) from which the month grid is the default view. */
const MONTH_MIN_WIDTH = 600;

type Details = { kind: 'event'; ev: CalendarEvent; fromDay?: Day } | { kind: 'day'; day: Day };

/**
 * The province's training sessions: a month grid, an upcoming list and the
 * weekly "Lịch công tác" table, with in-place details and calendar export.
 *
 * Feed items that carry `_pw.event` are shown; times are in Vietnam time
 * (or `time-zone`) whatever the reader's own zone.
 *
 * @tag pw-training-calendar
 * @summary Training calendar: month, list and week views with .ics export.
 *
 * @slot - Fallback content shown until the element loads, and again on error.
 *
 * @fires pw-event-open - The reader opened an event's details. `detail.item` is the feed item.
 * @fires pw-calendar-navigate - The reader moved to another period or view. `detail` is `{view, from, to}`.
 * @fires pw-feed-load - The feed arrived.
 * @fires pw-feed-error - The feed could not be loaded.
 *
 * @csspart base - The wrapper.
 * @csspart toolbar - Navigation, heading and view switcher.
 * @csspart heading - The period heading (announced when it changes).
 * @csspart nav-button - Previous, today and next buttons.
 * @csspart view-button - The view switcher buttons.
 * @csspart filters - The search box and filter selects.
 * @csspart grid - The month grid (`table`).
 * @csspart weekday - A weekday column header.
 * @csspart day - A day cell. State parts on the same cell: `today`, `has-events`, `outside-month`.
 * @csspart today - Today's cell.
 * @csspart has-events - A day cell with events.
 * @csspart outside-month - A day cell of the previous or next month.
 * @csspart event - An event button (grid, list, week). State parts: `event-cancelled`, `event-postponed`.
 * @csspart event-cancelled - A cancelled event.
 * @csspart event-postponed - A postponed event.
 * @csspart status - The "Đã hủy" / "Hoãn" badge.
 * @csspart more - The "+N" overflow button.
 * @csspart list - The list view.
 * @csspart load-more - The "Xem thêm" button.
 * @csspart week - The week table.
 * @csspart details - The details dialog.
 * @csspart close - The details close button.
 * @csspart ics - The .ics download link.
 * @csspart google - The Google Calendar link.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart stale - The stale-content note.
 *
 * @cssprop --pw-training-calendar-cell-height - Minimum height of a month cell. Default `6.5em`.
 * @cssprop --pw-training-calendar-today - Background of today's cell.
 * @cssprop --pw-training-calendar-event-bg - Background of an event in the grid.
 * @cssprop --pw-training-calendar-cancelled - Colour of cancelled events.
 */
export class PwTrainingCalendar extends FeedElement {
  static override styles = [...FeedElement.styles, trainingCalendarStyles];

  /**
   * `month`, `list` or `week` ("Lịch công tác"). Unset: `month` when the element is at
   * least 600px wide, `list` when narrower.
   */
  @property() view?: CalendarView;

  /**
   * The month to open, `YYYY-MM`, or a day, `YYYY-MM-DD` (its month, or its week in the week view).
   * Default: today in the display zone.
   */
  @property() month?: string;

  /** IANA zone to show times in. Default `Asia/Ho_Chi_Minh`. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Show only events of this organiser (exact name, ignoring case and diacritics). */
  @property() organizer?: string;

  /** Show only events for this audience. */
  @property() audience?: string;

  /** Show only items with this tag. */
  @property() tag?: string;

  /** Text search over title, description, place, organiser, audience and tags; ignores diacritics. */
  @property() query?: string;

  /** Events drawn per month cell before "+N". */
  @property({ type: Number, attribute: 'max-events' }) maxEvents = 3;

  /** Events per page in the list view ("Xem thêm" shows more). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  @state() private autoView: CalendarView = 'month';
  @state() private cursor?: Day;
  @state() private listLimit?: number;
  @state() private details?: Details;
  @state() private printing = false;

  private focusCursor = false;
  private opener?: HTMLElement;
  private resizeObserver?: ResizeObserver;
  private probe?: HTMLElement;
  private predicateKey?: string;
  private predicate?: EventPredicate;

  private readonly onBeforePrint = () => {
    this.printing = true;
    // Print layout happens right after this event: render now, not in a microtask.
    this.performUpdate();
  };

  private readonly onAfterPrint = () => {
    this.printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.observeWidth();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observeWidth();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /**
   * Width decides the view only when `view` is not set: observe exactly then. The observed box is
   * an empty probe as wide as the element, not the element: its height never changes, so a render
   * that changes our height right after the callback cannot start a ResizeObserver loop.
   */
  private observeWidth(): void {
    const probe =
      (this.view && VIEWS.includes(this.view)) || typeof ResizeObserver === 'undefined' || !this.isConnected
        ? undefined
        : (this.renderRoot.querySelector<HTMLElement>('.probe') ?? undefined);
    if (probe === this.probe) return;
    this.resizeObserver?.disconnect();
    this.probe = probe;
    if (!probe) return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1].contentRect.width;
      // Next frame: switching views inside the callback would resize us within the same frame.
      if (width > 0) requestAnimationFrame(() => (this.autoView = width >= MONTH_MIN_WIDTH ? 'month' : 'list'));
    });
    this.resizeObserver.observe(probe);
  }

  /** The view in use: the `view` attribute, else the width-based default. */
  get currentView(): CalendarView {
    return this.view && VIEWS.includes(this.view) ? this.view : this.autoView;
  }

  private get zone(): string {
    return displayZone(this.timeZone);
  }

  private get today(): Day {
    return today(this.zone);
  }

  /** The focused day: it decides the month or week shown. */
  private get day(): Day {
    if (this.cursor) return this.cursor;
    const start = parseMonth(this.month);
    const now = this.today;
    if (!start) return now;
    // A bare month that holds today opens on today.
    return /^\s*\d{4}-\d{2}\s*$/.test(this.month!) && monthStart(now) === start ? now : start;
  }

  /** Where the list view starts: today in the current month, else the month's first day. */
  private get listFrom(): Day {
    const now = this.today;
    return monthStart(this.day) === monthStart(now) ? now : monthStart(this.day);
  }

  private get range(): { from: Day; to: Day } {
    const view = this.currentView;
    return visibleRange(view, view === 'list' ? this.listFrom : this.day);
  }

  /** `{from}` and `{to}` in `src` get the shown period's first and last day. */
  protected override feedParams(): Record<string, string> {
    return { ...this.range };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('month') && this.hasUpdated) this.cursor = undefined;
  }

  protected override updated(): void {
    this.observeWidth();
    if (this.focusCursor) {
      const cell = this.renderRoot.querySelector<HTMLElement>(`[data-day="${this.day}"]`);
      if (cell) {
        this.focusCursor = false;
        cell.focus();
      }
    }
  }

  private get activePredicate(): EventPredicate | undefined {
    const key = JSON.stringify([this.organizer, this.audience, this.tag, this.query]);
    if (key !== this.predicateKey) {
      this.predicateKey = key;
      this.predicate = filterPredicate(this);
    }
    return this.predicate;
  }

  // ------------------------------------------------------------ navigation

  private moveTo(day: Day, focus: boolean) {
    const before = this.range;
    this.cursor = day;
    this.focusCursor = focus;
    const after = this.range;
    if (before.from !== after.from || before.to !== after.to) {
      this.listLimit = undefined;
      this.emit('pw-calendar-navigate', { view: this.currentView, ...after });
    }
  }

  private step(n: number) {
    this.moveTo(this.currentView === 'week' ? addDays(this.day, 7 * n) : monthStart(addMonths(this.day, n)), false);
  }

  private setView(view: CalendarView) {
    if (view === this.currentView) return;
    this.view = view;
    this.listLimit = undefined;
    this.emit('pw-calendar-navigate', { view, ...this.range });
  }

  private onGridKeydown(e: KeyboardEvent) {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-day]');
    if (!cell || e.target !== cell) return;
    const day = cell.dataset.day!;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.openDay(day, cell);
      return;
    }
    const next = dayForKey(day, e.key, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    this.moveTo(next, true);
  }

  private onCellClick(e: MouseEvent, day: Day) {
    if ((e.target as HTMLElement).closest('button')) return;
    this.moveTo(day, true);
  }

  // ------------------------------------------------------------ details

  private openDay(day: Day, opener: HTMLElement) {
    const index = this.index;
    if (!index) return;
    const events = eventsOn(index, day, this.activePredicate);
    if (!events.length) return;
    if (events.length === 1) this.openEvent(events[0], opener);
    else void this.showDetails({ kind: 'day', day }, opener);
  }

  private openEvent(ev: CalendarEvent, opener?: HTMLElement, fromDay?: Day) {
    void this.showDetails({ kind: 'event', ev, fromDay }, opener);
    this.emit('pw-event-open', { item: ev.item });
  }

  private async showDetails(details: Details, opener?: HTMLElement) {
    if (opener) this.opener = opener;
    this.details = details;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
  }

  /** Closes the details dialog and returns focus to what opened it. */
  closeDetails(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onDialogClose(e: Event) {
    // \`close\` fires asynchronously: if the dialog was reopened since, keep it.
    if ((e.currentTarget as HTMLDialogElement).open) return;
    this.details = undefined;
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
    else if (this.currentView === 'month') this.focusCursor = true;
  }

  private onDialogClick(e: MouseEvent) {
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    if (e.target === e.currentTarget) this.closeDetails();
  }

  // ------------------------------------------------------------ labels

  private statusLabel(ev: CalendarEvent): string | undefined {
    switch (ev.event.status) {
      case 'cancelled': return msg('Đã hủy', { id: 'training-calendar.cancelled' });
      case 'postponed': return msg('Hoãn', { id: 'training-calendar.postponed' });
      case 'rescheduled': return msg('Đã dời lịch', { id: 'training-calendar.rescheduled' });
      default: return undefined;
    }
  }

  private sessionLabel(s: Session): string {
    if (s === 'morning') return msg('Sáng', { id: 'training-calendar.morning' });
    if (s === 'afternoon') return msg('Chiều', { id: 'training-calendar.afternoon' });
    return msg('Cả ngày', { id: 'training-calendar.all-day' });
  }

  private countLabel(n: number): string {
    return n === 1
      ? msg('1 sự kiện', { id: 'training-calendar.count-one' })
      : msg(str`${n} sự kiện`, { id: 'training-calendar.count' });
  }

  /** The time shown for `ev` on `day`: `07:30 – 11:00`, or "Cả ngày". */
  private timeOn(ev: CalendarEvent, day: Day, short = false): string {
    if (sessionOn(ev, day) === 'all-day') return this.sessionLabel('all-day');
    const { start, end } = ev.event;
    return short ? formatTime(start, this.locale, this.zone) : formatTimeRange(start, end, this.locale, this.zone);
  }

  private eventParts(ev: CalendarEvent): string {
    const s = ev.event.status;
    return `event${s === 'cancelled' ? ' event-cancelled' : s === 'postponed' ? ' event-postponed' : ''}`;
  }

  private eventButton(ev: CalendarEvent, day: Day, opts: { short?: boolean; tabbable?: boolean } = {}): TemplateResult {
    const status = this.statusLabel(ev);
    return html`<button
      type="button"
      part=${this.eventParts(ev)}
      class="event status-${ev.event.status}"
      tabindex=${opts.tabbable === false ? '-1' : nothing}
      @click=${(e: MouseEvent) => this.openEvent(ev, e.currentTarget as HTMLElement)}
    >
      <span class="time">${this.timeOn(ev, day, opts.short)}</span>
      <span class="title">${ev.item.title}</span>
      ${status ? html`<span part="status" class="status">${status}</span>` : nothing}
    </button>`;
  }

  // ------------------------------------------------------------ rendering

  private index?: EventIndex;

  override render() {
    const view = this.currentView;
    return html`<div class="probe"></div><section part="base" class="base view-${view}" lang=${this.locale}
      aria-label=${msg('Lịch tập huấn', { id: 'training-calendar.label' })}>
      ${this.renderToolbar(view)}
      ${this.renderFeed(
        ({ feed }) => {
          this.index = eventIndex(feed, this.zone);
          return this.renderContent(view, this.index);
        },
        () => this.renderSkeleton(view),
      )}
      ${this.renderDialog()}
    </section>`;
  }

  private heading(view: CalendarView): string {
    if (view === 'week') {
      const { from, to } = this.range;
      const a = formatDate(dayStart(from), this.locale);
      const b = formatDate(dayStart(to), this.locale);
      return msg(str`Tuần ${a} – ${b}`, { id: 'training-calendar.week-heading' });
    }
    if (view === 'list') {
      const from = formatDate(dayStart(this.listFrom), this.locale);
      return msg(str`Lịch tập huấn từ ${from}`, { id: 'training-calendar.list-heading' });
    }
    const { year, month } = monthOf(this.day);
    return formatMonth(year, month, this.locale);
  }

  private renderToolbar(view: CalendarView): TemplateResult {
    const week = view === 'week';
    const prev = week ? msg('Tuần trước', { id: 'training-calendar.prev-week' }) : msg('Tháng trước', { id: 'training-calendar.prev-month' });
    const next = week ? msg('Tuần sau', { id: 'training-calendar.next-week' }) : msg('Tháng sau', { id: 'training-calendar.next-month' });
    const views: [CalendarView, string][] = [
      ['month', msg('Tháng', { id: 'training-calendar.view-month' })],
      ['week', msg('Tuần', { id: 'training-calendar.view-week' })],
      ['list', msg('Danh sách', { id: 'training-calendar.view-list' })],
    ];
    return html`<div part="toolbar" class="toolbar">
      <div class="nav">
        <button type="button" part="nav-button" class="nav-button" aria-label=${prev} title=${prev} @click=${() => this.step(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" part="nav-button" class="nav-button today-button" @click=${() => this.moveTo(this.today, false)}>
          ${msg('Hôm nay', { id: 'training-calendar.today' })}
        </button>
        <button type="button" part="nav-button" class="nav-button" aria-label=${next} title=${next} @click=${() => this.step(1)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <h2 part="heading" class="heading" id="heading" aria-live="polite">${this.heading(view)}</h2>
      <div class="views" role="group" aria-label=${msg('Chế độ xem', { id: 'training-calendar.views' })}>
        ${views.map(([v, label]) => html`<button type="button" part="view-button" class="view-button"
          aria-pressed=${v === view ? 'true' : 'false'} @click=${() => this.setView(v)}>${label}</button>`)}
      </div>
      <div part="filters" class="filters">
        <label class="search">
          <span>${msg('Tìm kiếm', { id: 'training-calendar.search' })}</span>
          <input type="search" .value=${this.query ?? ''}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        </label>
        ${this.renderSelects()}
      </div>
    </div>`;
  }

  private renderSelects(): unknown {
    const index = this.feed.result ? eventIndex(this.feed.result.feed, this.zone) : undefined;
    if (!index) return nothing;
    const all = msg('Tất cả', { id: 'training-calendar.all' });
    const select = (label: string, values: string[], current: string | undefined, set: (v: string | undefined) => void) =>
      values.length > 1
        ? html`<label class="select"><span>${label}</span>
            <select @change=${(e: Event) => set((e.target as HTMLSelectElement).value || undefined)}>
              <option value="" ?selected=${!current}>${all}</option>
              ${values.map((v) => html`<option .value=${v} ?selected=${v === current}>${v}</option>`)}
            </select></label>`
        : nothing;
    return [
      select(msg('Đơn vị tổ chức', { id: 'training-calendar.organizer' }), index.organizers, this.organizer, (v) => (this.organizer = v)),
      select(msg('Đối tượng', { id: 'training-calendar.audience' }), index.audiences, this.audience, (v) => (this.audience = v)),
      select(msg('Chủ đề', { id: 'training-calendar.tag' }), index.tags, this.tag, (v) => (this.tag = v)),
    ];
  }

  private renderContent(view: CalendarView, index: EventIndex): unknown {
    const body = view === 'month' ? this.renderMonth(index) : view === 'week' ? this.renderWeek(index) : this.renderList(index);
    return [body, this.printing && view !== 'list' ? this.renderPrintList(index) : nothing];
  }

  private renderSkeleton(view: CalendarView): TemplateResult {
    // The month grid's own height (4–6 rows plus the weekday header), so nothing jumps when it arrives.
    // Set through CSSOM (size()): a style attribute would break under a strict CSP.
    const height = view === 'month' ? `calc(var(--_cell-height) * ${gridWeeks(this.day).length} + 2.2em)` : '';
    return html`<div class="skeleton-view skeleton-${view}" ${size('', height)} aria-hidden="true"><span class="skeleton"></span></div>`;
  }

  // ---- month

  private renderMonth(index: EventIndex): TemplateResult {
    const cursor = this.day;
    const { month } = monthOf(cursor);
    const now = this.today;
    const pass = this.activePredicate;
    const long = weekdayNames(this.locale, 'long');
    const short = weekdayNames(this.locale, this.locale === 'vi' ? 'narrow' : 'short');
    const max = Math.max(0, Math.floor(this.maxEvents));
    return html`<table part="grid" class="grid" role="grid" aria-labelledby="heading" @keydown=${this.onGridKeydown}>
      <thead>
        <tr>${long.map((name, i) => html`<th part="weekday" scope="col" class="weekday">
          <span aria-hidden="true">${short[i]}</span><span class="visually-hidden">${name}</span></th>`)}</tr>
      </thead>
      <tbody>
        ${gridWeeks(cursor).map((week) => html`<tr>
          ${week.map((day) => {
            const events = eventsOn(index, day, pass);
            const outside = Number(day.slice(5, 7)) !== month;
            const isToday = day === now;
            const parts = ['day', isToday ? 'today' : '', events.length ? 'has-events' : '', outside ? 'outside-month' : '']
              .filter(Boolean).join(' ');
            const label = events.length
              ? `${formatLongDay(day, this.locale)}, ${this.countLabel(events.length)}`
              : formatLongDay(day, this.locale);
            const shown = events.length > max ? events.slice(0, Math.max(0, max - 1)) : events;
            const hidden = events.length - shown.length;
            return html`<td
              role="gridcell"
              part=${parts}
              class="day ${outside ? 'outside' : ''} ${isToday ? 'is-today' : ''}"
              data-day=${day}
              tabindex=${day === cursor ? '0' : '-1'}
              aria-current=${isToday ? 'date' : nothing}
              @click=${(e: MouseEvent) => this.onCellClick(e, day)}
            >
              <span class="visually-hidden day-label">${label}</span>
              <span class="num" aria-hidden="true">${Number(day.slice(8, 10))}</span>
              ${shown.length ? html`<ul class="cell-events">${shown.map((ev) => html`<li>${this.eventButton(ev, day, { short: true, tabbable: false })}</li>`)}</ul>` : nothing}
              ${hidden > 0
                ? html`<button type="button" part="more" class="more" tabindex="-1"
                    aria-label=${msg(str`Xem thêm ${hidden} sự kiện`, { id: 'training-calendar.more-label' })}
                    @click=${(e: MouseEvent) => this.showDetails({ kind: 'day', day }, e.currentTarget as HTMLElement)}
                  >+${hidden}</button>`
                : nothing}
            </td>`;
          })}
        </tr>`)}
      </tbody>
    </table>`;
  }

  // ---- list

  /** Events from `from` on, grouped by day (an event already running shows on `from`) then session. */
  private groupByDay(events: CalendarEvent[], from: Day): Map<Day, CalendarEvent[]> {
    const byDay = new Map<Day, CalendarEvent[]>();
    for (const ev of events) {
      const day = ev.first < from ? from : ev.first;
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push(ev);
    }
    return new Map([...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  private renderDayGroups(groups: Map<Day, CalendarEvent[]>): TemplateResult {
    const sessions: Session[] = ['all-day', 'morning', 'afternoon'];
    return html`${[...groups].map(([day, events]) => html`<section class="list-day" aria-labelledby="d-${day}">
      <h3 class="list-date" id="d-${day}">${formatLongDay(day, this.locale)}</h3>
      ${sessions.map((s) => {
        const inSession = events.filter((ev) => sessionOn(ev, day) === s);
        if (!inSession.length) return nothing;
        return html`<h4 class="session">${this.sessionLabel(s)}</h4>
          <ul class="list-events">${inSession.map((ev) => html`<li>
            ${this.eventButton(ev, day)}
            ${this.placeLine(ev)}
          </li>`)}</ul>`;
      })}
    </section>`)}`;
  }

  private placeLine(ev: CalendarEvent): unknown {
    const place = ev.event.location?.name ?? ev.event.location?.address;
    return place ? html`<p class="place">${place}</p>` : nothing;
  }

  private renderList(index: EventIndex): TemplateResult {
    const { from, to } = this.range;
    const all = eventsBetween(index, from, to, this.activePredicate);
    if (!all.length) return html`<div part="list" class="list">${emptyState(msg('Không có lịch tập huấn', { id: 'training-calendar.empty' }))}</div>`;
    const limit = this.listLimit ?? Math.max(1, this.pageSize);
    const shown = all.slice(0, limit);
    return html`<div part="list" class="list">
      ${this.renderDayGroups(this.groupByDay(shown, from))}
      ${all.length > shown.length
        ? html`<button type="button" part="load-more" class="load-more"
            @click=${() => (this.listLimit = limit + Math.max(1, this.pageSize))}>
            ${msg('Xem thêm', { id: 'training-calendar.load-more' })}</button>`
        : nothing}
    </div>`;
  }

  private renderPrintList(index: EventIndex): TemplateResult {
    const { from, to } = this.currentView === 'month'
      ? { from: monthStart(this.day), to: addDays(addMonths(monthStart(this.day), 1), -1) }
      : this.range;
    const events = eventsBetween(index, from, to, this.activePredicate);
    return html`<div class="print-list">
      ${events.length ? this.renderDayGroups(this.groupByDay(events, from)) : emptyState(msg('Không có lịch tập huấn', { id: 'training-calendar.empty' }))}
    </div>`;
  }

  // ---- week ("Lịch công tác")

  private renderWeek(index: EventIndex): TemplateResult {
    const { from } = this.range;
    const pass = this.activePredicate;
    const now = this.today;
    const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
    const cols = {
      day: msg('Ngày', { id: 'training-calendar.col-day' }),
      session: msg('Buổi', { id: 'training-calendar.col-session' }),
      content: msg('Nội dung', { id: 'training-calendar.col-content' }),
      place: msg('Địa điểm', { id: 'training-calendar.col-place' }),
      who: msg('Chủ trì / Thành phần', { id: 'training-calendar.col-who' }),
    };
    return html`<table part="week" class="week" aria-labelledby="heading">
      <thead><tr>
        <th scope="col">${cols.day}</th><th scope="col">${cols.session}</th><th scope="col">${cols.content}</th>
        <th scope="col">${cols.place}</th><th scope="col">${cols.who}</th>
      </tr></thead>
      <tbody>
        ${days.map((day) => {
          const events = eventsOn(index, day, pass);
          const am = events.filter((ev) => sessionOn(ev, day) !== 'afternoon');
          const pm = events.filter((ev) => sessionOn(ev, day) === 'afternoon');
          const rows: [Session, CalendarEvent[]][] = [['morning', am], ['afternoon', pm]];
          const dayRows = Math.max(1, am.length) + Math.max(1, pm.length);
          const isToday = day === now;
          return rows.map(([s, list], si) => {
            const cells = list.length ? list : [undefined];
            return cells.map((ev, i) => html`<tr class=${isToday ? 'is-today' : ''}>
              ${si === 0 && i === 0
                ? html`<th scope="rowgroup" rowspan=${dayRows} part=${isToday ? 'day today' : 'day'} class="week-day"
                    aria-current=${isToday ? 'date' : nothing}>${formatLongDay(day, this.locale)}</th>`
                : nothing}
              ${i === 0 ? html`<th scope="rowgroup" rowspan=${cells.length} class="week-session">${this.sessionLabel(s)}</th>` : nothing}
              ${ev
                ? html`<td>${this.eventButton(ev, day)}</td>
                    <td>${[ev.event.location?.name, ev.event.location?.address].filter(Boolean).join(', ')}</td>
                    <td>${[ev.event.organizer?.name, ev.event.audience].filter(Boolean).join(' / ')}</td>`
                : html`<td class="none" colspan="3"><span class="visually-hidden">${msg('Không có sự kiện', { id: 'training-calendar.no-events' })}</span></td>`}
            </tr>`);
          });
        })}
      </tbody>
    </table>`;
  }

  // ---- details

  private renderDialog(): TemplateResult {
    const d = this.details;
    return html`<dialog part="details" class="details" aria-labelledby="details-title"
      @close=${this.onDialogClose} @click=${this.onDialogClick}>
      ${d ? html`<div class="details-body">
        <button type="button" part="close" class="close" @click=${() => this.closeDetails()}
          aria-label=${msg('Đóng', { id: 'training-calendar.close' })} title=${msg('Đóng', { id: 'training-calendar.close' })}>
          <span aria-hidden="true">×</span></button>
        ${d.kind === 'day' ? this.renderDayDetails(d.day) : this.renderEventDetails(d.ev)}
      </div>` : nothing}
    </dialog>`;
  }

  private renderDayDetails(day: Day): TemplateResult {
    const events = this.index ? eventsOn(this.index, day, this.activePredicate) : [];
    return html`<h3 id="details-title" class="details-title" tabindex="-1">${formatLongDay(day, this.locale)}</h3>
      <p class="count">${this.countLabel(events.length)}</p>
      <ul class="list-events">${events.map((ev) => html`<li>
        <button type="button" part=${this.eventParts(ev)} class="event status-${ev.event.status}"
          @click=${() => this.openEvent(ev, undefined, day)}>
          <span class="time">${this.timeOn(ev, day)}</span>
          <span class="title">${ev.item.title}</span>
          ${this.statusLabel(ev) ? html`<span part="status" class="status">${this.statusLabel(ev)}</span>` : nothing}
        </button>
      </li>`)}</ul>`;
  }

  private whenText(ev: CalendarEvent): string {
    const e = ev.event;
    const loc = this.locale;
    if (e.allDay && e.startDay && e.endDay) {
      const a = formatLongDay(e.startDay, loc);
      return e.endDay === e.startDay ? a : `${a} – ${formatLongDay(e.endDay, loc)}`;
    }
    const zone = this.zone;
    const offset = readerZoneDiffers(e.start, zone) ? ` (${formatZoneOffset(e.start, zone)})` : '';
    if (ev.first === ev.last) return `${formatLongDay(ev.first, loc)}, ${formatTimeRange(e.start, e.end, loc, zone)}${offset}`;
    return `${formatDateTime(e.start, loc, zone)} – ${formatDateTime(e.end, loc, zone)}${offset}`;
  }

  private renderEventDetails(ev: CalendarEvent): TemplateResult {
    const { item, event: e } = ev;
    const status = this.statusLabel(ev);
    const online = safeUrl(e.onlineUrl, undefined, 'http');
    const orgUrl = safeUrl(e.organizer?.url);
    const reg = e.registration;
    const regUrl = safeUrl(reg?.url);
    const closed = !!reg?.deadline && reg.deadline.getTime() < Date.now();
    const page = safeUrl(item.url, undefined, 'http');
    const description = paragraphs(eventDescription(item));
    const feedUrl = this.feed.result?.feed.url ?? location.href;
    const eventItem = item as EventItem;
    const ics = buildIcs(eventItem, { feedUrl, locale: this.locale });
    const fromDay = this.details?.kind === 'event' ? this.details.fromDay : undefined;
    return html`<h3 id="details-title" class="details-title ${e.status === 'cancelled' ? 'cancelled' : ''}" tabindex="-1">${item.title}</h3>
      ${status ? html`<p part="status" class="status status-${e.status}">${status}</p>` : nothing}
      <dl class="facts">
        <dt>${msg('Thời gian', { id: 'training-calendar.when' })}</dt>
        <dd class="when">${this.whenText(ev)}</dd>
        ${e.location ? html`<dt>${msg('Địa điểm', { id: 'training-calendar.col-place' })}</dt>
          <dd class="where">${e.location.name ? html`<span class="loc-name">${e.location.name}</span>` : nothing}
            ${e.location.address ? html`<span class="loc-address">${e.location.address}</span>` : nothing}</dd>` : nothing}
        ${online ? html`<dt>${msg('Trực tuyến', { id: 'training-calendar.online' })}</dt>
          <dd><a class="online" href=${online} target="_blank" rel="noopener noreferrer">${msg('Tham gia trực tuyến', { id: 'training-calendar.online-link' })}</a></dd>` : nothing}
        ${e.organizer?.name ? html`<dt>${msg('Đơn vị tổ chức', { id: 'training-calendar.organizer' })}</dt>
          <dd class="organizer">${orgUrl ? html`<a href=${orgUrl} target="_blank" rel="noopener noreferrer">${e.organizer.name}</a>` : e.organizer.name}</dd>` : nothing}
        ${e.audience ? html`<dt>${msg('Đối tượng', { id: 'training-calendar.audience' })}</dt><dd class="audience">${e.audience}</dd>` : nothing}
        ${reg ? html`<dt>${msg('Đăng ký', { id: 'training-calendar.registration' })}</dt>
          <dd class="registration">
            ${reg.deadline ? html`<span class="deadline">${msg(str`Hạn đăng ký: ${formatDateTime(reg.deadline, this.locale, this.zone)}`, { id: 'training-calendar.deadline' })}</span>` : nothing}
            ${reg.capacity !== undefined ? html`<span class="capacity">${msg(str`Số chỗ: ${reg.capacity}`, { id: 'training-calendar.capacity' })}</span>` : nothing}
            ${closed
              ? html`<strong class="closed">${msg('Đã hết hạn đăng ký', { id: 'training-calendar.closed' })}</strong>`
              : regUrl ? html`<a class="register" href=${regUrl} target="_blank" rel="noopener noreferrer">${msg('Đăng ký tham gia', { id: 'training-calendar.register' })}</a>` : nothing}
          </dd>` : nothing}
      </dl>
      ${description.length ? html`<div class="description">${description.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
      <div class="actions">
        <a part="ics" class="ics" href=${icsDataUrl(ics)} download=${icsFilename(item)}>${msg('Tải về lịch (.ics)', { id: 'training-calendar.ics' })}</a>
        <a part="google" class="google" href=${googleCalendarUrl(eventItem)} target="_blank" rel="noopener noreferrer">${msg('Thêm vào Google Calendar', { id: 'training-calendar.google' })}</a>
        ${page ? html`<a class="page" href=${page}>${msg('Xem trang sự kiện', { id: 'training-calendar.page' })}</a>` : nothing}
        ${fromDay ? html`<button type="button" class="link-button back" @click=${() => this.showDetails({ kind: 'day', day: fromDay })}>
          ${msg('Các sự kiện trong ngày', { id: 'training-calendar.back' })}</button>` : nothing}
      </div>`;
  }
}
