/**
 * The month grid's weekday header and day cells, built with DOM calls rather than a Lit template per
 * cell and per event: 35–42 cells with their events were about 200 template instances, the largest
 * share of the first render. They are rebuilt only when what they show changes; a cursor move only
 * moves the roving tabindex, so focus and the details' opener stay in the page. Clicks are handled
 * once, on the grid (`onGridClick`).
 */
import { isServer, noChange, render, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { dayFields, formatLongDay, weekdayNames, type DateLocale, type Day } from '../../../shared/dates.js';
import { eventsOn, type CalendarEvent, type EventIndex } from '../event-index.js';
import { gridWeeks, monthOf, monthStart } from '../grid.js';
import { countLabel, statusLabel } from '../labels.js';
import { eventParts, timeOn, type ViewContext } from './common.js';

/** The event each grid button opens. */
const eventOf = new WeakMap<Element, CalendarEvent>();

/**
 * A cell built on the server (`provincial-widgets render`), where there is no DOM: the same tags,
 * attributes and children, turned into a Lit value (`serverMarkup`) that Lit's server renderer writes.
 */
class ServerNode {
  constructor(
    readonly tag: string,
    readonly attrs: Record<string, string>,
    readonly children: unknown[],
  ) {}
  append(...children: unknown[]) {
    this.children.push(...children);
  }
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A server-built tree as a Lit value: tags and escaped attributes are static, children stay Lit values (text is escaped). */
function serverMarkup(n: unknown): unknown {
  if (!(n instanceof ServerNode)) return n;
  const attrs = Object.entries(n.attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`);
  return staticHtml`<${unsafeStatic(n.tag + attrs.join(''))}>${n.children.map(serverMarkup)}</${unsafeStatic(n.tag)}>`;
}

function node<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  if (isServer) {
    const defined = Object.entries(attrs).filter((a): a is [string, string] => a[1] !== undefined);
    return new ServerNode(tag, Object.fromEntries(defined), children) as unknown as HTMLElementTagNameMap[K];
  }
  const el = document.createElement(tag);
  for (const name in attrs) if (attrs[name] !== undefined) el.setAttribute(name, attrs[name]);
  el.append(...children);
  return el;
}

function eventItem(ctx: ViewContext, ev: CalendarEvent, day: Day): HTMLLIElement {
  const status = statusLabel(ev);
  const button = node(
    'button',
    { type: 'button', part: eventParts(ev), class: `event status-${ev.event.status}`, tabindex: '-1' },
    node('span', { class: 'time' }, timeOn(ev, day, ctx.locale, ctx.zone, true)),
    ' ',
    node('span', { class: 'title', lang: ev.item.language ?? ctx.feedLang }, ev.item.title),
  );
  if (status) button.append(' ', node('span', { part: 'status', class: 'status' }, status));
  eventOf.set(button, ev);
  return node('li', {}, button);
}

function dayCell(ctx: ViewContext, index: EventIndex, day: Day, cursor: Day, month: number, max: number) {
  const events = eventsOn(index, day, ctx.pass);
  const fields = dayFields(day);
  const outside = fields.month !== month;
  const isToday = day === ctx.today;
  const count = events.length;
  const label = [formatLongDay(day, ctx.locale), ctx.lunar?.cellLabel(day), count ? countLabel(count) : '']
    .filter(Boolean)
    .join(', ');
  const td = node(
    'td',
    {
      role: 'gridcell',
      part: ['day', isToday && 'today', count && 'has-events', outside && 'outside-month'].filter(Boolean).join(' '),
      class: ['day', outside && 'outside', isToday && 'is-today'].filter(Boolean).join(' '),
      'data-day': day,
      tabindex: day === cursor ? '0' : '-1',
      'aria-current': isToday ? 'date' : undefined,
    },
    node('span', { class: 'visually-hidden day-label' }, label),
    ' ',
    node('span', { class: 'num', 'aria-hidden': 'true' }, String(fields.day)),
    ' ',
  );
  if (ctx.lunar) {
    if (isServer) (td as unknown as ServerNode).append(ctx.lunar.cellLunar(day));
    else render(ctx.lunar.cellLunar(day), td);
  }
  const shown = events.slice(0, max);
  if (shown.length) td.append(node('ul', { class: 'cell-events' }, ...shown.map((ev) => eventItem(ctx, ev, day))));
  const hidden = count - shown.length;
  if (hidden > 0) {
    const more = msg(str`Xem thêm ${hidden} sự kiện`, { id: 'training-calendar.more-label' });
    td.append(
      ' ',
      node('button', { type: 'button', part: 'more', class: 'more', tabindex: '-1', 'aria-label': more }, `+${hidden}`),
    );
  }
  return td;
}

/** The grid's rows for the month around `cursor`. */
function monthRows(ctx: ViewContext, index: EventIndex, cursor: Day, max: number): HTMLTableRowElement[] {
  const { month } = monthOf(cursor);
  return gridWeeks(cursor).map((week) =>
    node('tr', {}, ...week.map((day) => dayCell(ctx, index, day, cursor, month, max))),
  );
}

/** The weekday header: short names shown, long names read. */
function weekdayHead(locale: DateLocale): HTMLTableSectionElement {
  const short = weekdayNames(locale, locale.dates.gridWeekday);
  const head = weekdayNames(locale, 'long').map((name, i) =>
    node(
      'th',
      { part: 'weekday', scope: 'col', class: 'weekday' },
      node('span', { 'aria-hidden': 'true' }, short[i]!),
      node('span', { class: 'visually-hidden' }, name),
    ),
  );
  return node('thead', {}, node('tr', {}, ...head));
}

class MonthGrid extends Directive {
  private head?: HTMLTableSectionElement;
  private body?: HTMLTableSectionElement;
  private deps: unknown[] = [];
  private cursor?: Day;

  render(_ctx: ViewContext, _index: EventIndex, _cursor: Day, _max: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [ctx, index, cursor, max]: [ViewContext, EventIndex, Day, number]): unknown {
    const table = part.element;
    const deps = [ctx.locale, index, ctx.pass, ctx.feedLang, ctx.zone, ctx.today, ctx.lunar, monthStart(cursor), max];
    if (deps[0] !== this.deps[0]) {
      const head = weekdayHead(ctx.locale);
      if (this.head) this.head.replaceWith(head);
      else table.prepend(head);
      this.head = head;
    }
    this.body ??= table.appendChild(document.createElement('tbody'));
    if (deps.some((d, i) => d !== this.deps[i])) {
      this.body.replaceChildren(...monthRows(ctx, index, cursor, max));
    } else if (cursor !== this.cursor) {
      for (const cell of this.body.querySelectorAll('[tabindex="0"]')) cell.setAttribute('tabindex', '-1');
      this.body.querySelector(`[data-day="${cursor}"]`)?.setAttribute('tabindex', '0');
    }
    this.deps = deps;
    this.cursor = cursor;
    return noChange;
  }
}

/** The weekday header and day cells as a Lit value, for the server renderer (which runs no directives). */
export function serverMonthGrid(ctx: ViewContext, index: EventIndex, cursor: Day, max: number): TemplateResult {
  const head = weekdayHead(ctx.locale);
  const body = node('tbody', {}, ...monthRows(ctx, index, cursor, max));
  return staticHtml`${serverMarkup(head)}${serverMarkup(body)}`;
}

/** Fills a month grid's `<table>` with its weekday header and day cells (see the module comment). */
export const monthGrid = directive(MonthGrid);

/** A click in the grid: an event opens, "+N" opens the day list, elsewhere in a cell moves the cursor there. */
export function onGridClick(e: MouseEvent, ctx: ViewContext): void {
  const target = e.target as HTMLElement;
  const cell = target.closest<HTMLElement>('[data-day]');
  if (!cell) return;
  const day = cell.dataset.day as Day;
  const button = target.closest('button');
  if (!button) return ctx.moveTo(day, true);
  const ev = eventOf.get(button);
  if (ev) ctx.openEvent(ev, button);
  else if (button.classList.contains('more')) ctx.show({ kind: 'day', day }, button);
}
