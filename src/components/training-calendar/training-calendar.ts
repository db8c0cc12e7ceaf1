import { html, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { FeedElement } from '../../base/feed-element.js';
import { addDays, addMonths, displayZone, today, type Day } from '../../shared/dates.js';
import {
  eventIndex,
  filterPredicate,
  type CalendarEvent,
  type EventIndex,
  type EventPredicate,
} from './event-index.js';
import { listStart, monthStart, openingDay, visibleRange, VIEWS, type CalendarView } from './grid.js';
import { AutoViewController } from './auto-view-controller.js';
import { PrintController } from './print-controller.js';
import { LunarController, lunarChunk } from './lunar-controller.js';
import { SubscribeController } from './subscribe-controller.js';
import { loadDetails, renderDialog, warmDetails, type Details } from './details.js';
import { renderToolbar } from './toolbar.js';
import { calendarSkeleton, type ViewContext } from './views/common.js';
import { renderPeriod } from './views/period.js';
import { periodHeading, resultCount } from './labels.js';
import { trainingCalendarStyles } from './training-calendar.styles.js';

export type { CalendarView } from './grid.js';
export type { EventOpenDetail, CalendarEventOpenDetail, CalendarNavigateDetail } from './events.js';

/**
 * The province's training sessions: a month grid, an upcoming list and the
 * weekly "Lịch công tác" table, with in-place details and calendar export.
 *
 * Feed items that carry `_pw.event` are shown; times are in Vietnam time
 * (or `time-zone`) whatever the reader's own zone.
 *
 * Renamed in 0.2 (the old names work, with a one-time console note, until 0.3):
 * `--pw-training-calendar-today`, `-event-bg` and `-cancelled` are
 * `--pw-training-calendar-today-background`, `-event-background` and `-cancelled-color`.
 *
 * @tag pw-training-calendar
 * @summary Training calendar: month, list and week views with .ics export.
 *
 * @slot - Fallback content shown until the element loads, and again on error.
 *
 * @fires {CustomEvent<EventOpenDetail>} pw-event-open - The reader opened an event's details. `detail.item` is the feed item.
 * @fires {CustomEvent<CalendarNavigateDetail>} pw-calendar-navigate - The reader moved to another period or view. `detail` is `{view, from, to}`.
 * @fires pw-feed-load - The feed arrived.
 * @fires pw-feed-error - The feed could not be loaded.
 *
 * @csspart base - The wrapper.
 * @csspart toolbar - Navigation, heading and view switcher.
 * @csspart heading - The period heading (announced when it changes).
 * @csspart nav-button - Previous, today and next buttons.
 * @csspart view-button - The view switcher buttons.
 * @csspart filters - The search box and filter selects.
 * @csspart result-count - "1 trong 10 sự kiện": the events of the shown period that pass the search and filters (a polite live region; empty while none is set).
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
 * @csspart lunar - With `lunar`: the lunar date in a day cell (`D/M`), or the full one ("Âm lịch: 5/10 Đinh Dậu") in the list, week and details.
 * @csspart subscribe - "Đăng ký lịch" / "Subscribe", shown when the feed declares `_pw.ics_url`.
 * @csspart subscribe-button - The button that shows the subscription links.
 * @csspart subscribe-panel - The subscription links.
 * @csspart subscribe-webcal - The `webcal:` link (the reader's calendar app).
 * @csspart subscribe-google - Google Calendar's "add by URL" link.
 * @csspart subscribe-copy - The "copy link" button.
 * @csspart subscribe-status - The live region confirming a copy or explaining a failure.
 * @csspart holiday - With `lunar`: a public holiday's name (Tết, Giỗ Tổ Hùng Vương, 1/1, 30/4, 1/5, 2/9).
 *
 * @cssprop --pw-training-calendar-cell-height - Minimum height of a month cell. Default `6.5em`.
 * @cssprop --pw-training-calendar-today-background - Background of today's cell and row.
 * @cssprop --pw-training-calendar-event-background - Background of an event in the grid.
 * @cssprop --pw-training-calendar-cancelled-color - Colour of cancelled events.
 */
export class PwTrainingCalendar extends FeedElement {
  static override styles = [...FeedElement.styles, trainingCalendarStyles];

  static override get properties() {
    return {
      view: {},
      month: {},
      timeZone: { attribute: 'time-zone' },
      organizer: {},
      audience: {},
      tag: {},
      query: {},
      maxEvents: { type: Number, attribute: 'max-events' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      pageSize: { type: Number, attribute: 'page-size' },
      lunar: { type: Boolean },
      cursor: { state: true, attribute: false },
      listLimit: { state: true, attribute: false },
      details: { state: true, attribute: false },
    };
  }

  /** This element's names renamed in 0.2 (issue 12), kept working until 0.3. */
  static override renamed = {
    cssProperties: {
      '--pw-training-calendar-today': '--pw-training-calendar-today-background',
      '--pw-training-calendar-event-bg': '--pw-training-calendar-event-background',
      '--pw-training-calendar-cancelled': '--pw-training-calendar-cancelled-color',
    },
  };

  /** Allowed values of `view`. */
  static override enums = { view: VIEWS };

  /**
   * `month`, `list` or `week` ("Lịch công tác"). Unset: `month` when the element is at
   * least 600px wide, `list` when narrower.
   */
  view?: CalendarView;

  /**
   * The month to open, `YYYY-MM`, or a day, `YYYY-MM-DD` (its month, or its week in the week view).
   * Default: today in the display zone.
   */
  month?: string;

  /** IANA zone to show times in. Default `Asia/Ho_Chi_Minh`. */
  timeZone?: string;

  /** Show only events of this organiser (exact name, ignoring case and diacritics). */
  organizer?: string;

  /** Show only events for this audience. */
  audience?: string;

  /** Show only items with this tag. */
  tag?: string;

  /** Text search over title, description, place, organiser, audience and tags; ignores diacritics. */
  query?: string;

  /** Events drawn per month cell; the rest are counted in a "+N" button. */
  maxEvents = 2;

  /**
   * Level of the period heading, 1–6; day headings and the details title are placed below it.
   * Default: one below the nearest heading before the element in the page, or 2 when there is none.
   */
  override headingLevel?: number;

  /** Events per page in the list view ("Xem thêm" shows more). */
  pageSize = 10;

  /**
   * Show the Vietnamese lunar date (âm lịch, Hồ Ngọc Đức's method in UTC+7) and public holidays:
   * `D/M` in each month cell, "Âm lịch: 5/10 Đinh Dậu" in the list, week and details. Loaded on demand.
   */
  lunar = false;

  private cursor?: Day;
  private listLimit?: number;
  private details?: Details;

  private focusCursor = false;
  private opener?: HTMLElement;
  private predicateKey?: string;
  private predicate?: EventPredicate;
  private rangeKey?: string;
  private shownRange?: { from: Day; to: Day };
  /** The feed's events, indexed in willUpdate (memoized per feed and zone). */
  private index?: EventIndex;

  private readonly autoView = new AutoViewController(this, () =>
    this.view && VIEWS.includes(this.view)
      ? undefined
      : (this.renderRoot.querySelector<HTMLElement>('.probe') ?? undefined),
  );

  private readonly print = new PrintController(this, () => this.performUpdate());

  private readonly lunarDates = new LunarController(this, () => this.lunar);
  private readonly subscribe = new SubscribeController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['pointerover', 'focusin']) this.addEventListener(type, warmDetails, { once: true });
  }

  /** The view in use: the `view` attribute, else the width-based default. */
  get currentView(): CalendarView {
    return this.view && VIEWS.includes(this.view) ? this.view : this.autoView.value;
  }

  private get zone(): string {
    return displayZone(this.timeZone);
  }

  private get today(): Day {
    return today(this.zone);
  }

  /** The focused day: it decides the month or week shown. */
  private get day(): Day {
    return this.cursor ?? openingDay(this.month, this.today);
  }

  /** Where the list view starts: today in the current month, else the month's first day. */
  private get listFrom(): Day {
    return listStart(this.day, this.today);
  }

  /** The shown period, kept while the view and its start stay: `feedParams` reads it several times per render. */
  private get range(): { from: Day; to: Day } {
    const view = this.currentView;
    const at = view === 'list' ? this.listFrom : this.day;
    const key = `${view} ${at}`;
    if (key !== this.rangeKey) {
      this.rangeKey = key;
      this.shownRange = visibleRange(view, at);
    }
    return this.shownRange!;
  }

  /** A pre-rendered calendar with `lunar` showed lunar dates: its first render waits for them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.lunar || !this.shadowRoot?.firstChild) return super.scheduleUpdate();
    return lunarChunk.load().then(() => super.scheduleUpdate());
  }

  /** `{from}` and `{to}` in `src` get the shown period's first and last day. */
  protected override feedParams(): Record<string, string> {
    return { ...this.range };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('month') && this.hasUpdated) this.cursor = undefined;
    const result = this.feed.result;
    this.index = result ? eventIndex(result.feed, this.zone) : undefined;
  }

  protected override updated(): void {
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

  /** -1: the previous month or week, 1: the next. */
  private step(n: -1 | 1) {
    this.moveTo(this.currentView === 'week' ? addDays(this.day, 7 * n) : monthStart(addMonths(this.day, n)), false);
  }

  /** The "Hôm nay" / "Today" button: the period holding today. */
  private goToToday() {
    this.moveTo(this.today, false);
  }

  private setView(view: CalendarView) {
    if (view === this.currentView) return;
    this.view = view;
    this.listLimit = undefined;
    this.emit('pw-calendar-navigate', { view, ...this.range });
  }

  // ------------------------------------------------------------ details

  private openEvent(ev: CalendarEvent, opener?: HTMLElement, fromDay?: Day) {
    void this.showDetails({ kind: 'event', ev, fromDay }, opener);
    this.emit('pw-event-open', { item: ev.item });
  }

  private async showDetails(details: Details, opener?: HTMLElement) {
    // The element may leave the page while the details' chunk loads: a dialog out of the page cannot open.
    if (!(await loadDetails(this)) || !this.isConnected) return;
    if (opener) this.opener = opener;
    this.details = details;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (!dialog.open && dialog.isConnected) dialog.showModal();
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

  // ------------------------------------------------------------ rendering

  override render() {
    // Without a feed there is nothing to navigate, filter or open: only the fallback (issue 26 §6).
    if (this.showsFallback) return html`<slot></slot>`;
    const view = this.currentView;
    const ctx: ViewContext = {
      index: this.index,
      locale: this.localeInfo,
      level: this.level,
      feedLang: this.feed.result?.feed.language,
      zone: this.zone,
      today: this.today,
      pass: this.activePredicate,
      openEvent: (ev, opener, fromDay) => this.openEvent(ev, opener, fromDay),
      show: (details, opener) => void this.showDetails(details, opener),
      moveTo: (day, focus) => this.moveTo(day, focus),
      lunar: this.lunar ? this.lunarDates.value : undefined,
    };
    return html`<div class="probe"></div><section part="base" class="base view-${view}" lang=${this.locale}
      aria-label=${msg('Lịch tập huấn', { id: 'training-calendar.label' })}>
      ${renderToolbar({
        filters: this,
        view,
        heading: periodHeading(view, this.range, this.listFrom, this.day, this.localeInfo),
        level: this.level,
        result: resultCount(this.index, this.activePredicate, this.range),
        index: this.index,
        onStep: (n) => this.step(n),
        onToday: () => this.goToToday(),
        onViewChange: (v) => this.setView(v),
        onFilterChange: (change) => Object.assign(this, change),
      })}
      ${this.subscribe.render(this.feed.result?.feed.icsUrl)}
      ${this.renderFeed(
        () =>
          renderPeriod(ctx, view, this.index!, {
            day: this.day,
            range: this.range,
            maxEvents: this.maxEvents,
            pageSize: this.pageSize,
            listLimit: this.listLimit,
            setListLimit: (limit) => (this.listLimit = limit),
            printing: this.print.printing,
          }),
        () => calendarSkeleton(view, this.day),
      )}
      ${renderDialog(ctx, this.details, this.feed.result?.feed.url ?? location.href, (e) => this.onDialogClose(e))}
    </section>`;
  }
}
