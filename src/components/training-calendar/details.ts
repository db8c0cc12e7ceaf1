/**
 * The details dialog: one event (facts, description, .ics and Google Calendar
 * links) or the events of one day. The element opens and closes it and
 * returns focus.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  formatDateTime,
  formatLongDay,
  formatTimeRange,
  formatZoneOffset,
  readerZoneDiffers,
  type DateLocale,
  type Day,
} from '../../shared/dates.js';
import { paragraphs } from '../../shared/text.js';
import { safeUrl } from '../../shared/url.js';
import { eventsOn, type CalendarEvent } from './event-index.js';
import type { EventItem } from './ics.js';
import { countLabel, newTabHint, statusLabel } from './labels.js';
import { heading } from '../../base/heading.js';
import { lazyModule } from '../../base/lazy-module.js';
import { eventButton, langOf, type Details, type ViewContext } from './views/common.js';

/** The .ics writer: a lazy chunk, as only an open event's details use it. */
const ics = lazyModule(() => import('./ics.js'));

/**
 * Loads the .ics writer before the first details are drawn: false, with a console warning naming
 * the element, when it could not be loaded (offline, a missing chunk); that is retried next time.
 */
export const loadDetails = (host: Element): Promise<boolean> => ics.load(host, 'the event details').then(Boolean);

/**
 * Starts loading the .ics writer when the reader shows intent (a pointer over the calendar, or focus
 * in it), so the first click on an event does not wait for it. A failure is left to `loadDetails`.
 */
export function warmDetails(): void {
  void ics.load();
}

export type { Details } from './views/common.js';

/**
 * @param d what to show
 * @param feedUrl the feed's own URL (the .ics UID's base)
 * @param onClose the dialog's `close` event
 */
export function renderDialog(
  ctx: ViewContext,
  d: Details | undefined,
  feedUrl: string,
  onClose: (e: Event) => void,
): TemplateResult {
  // A click on the backdrop closes the dialog; Escape, native to <dialog>, is the keyboard's way.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  return html`<dialog part="details" class="details" aria-labelledby="details-title"
    @close=${onClose} @click=${(e: MouseEvent) => {
      // A click on the backdrop (the dialog box itself, outside its content) closes it.
      if (e.target === e.currentTarget) (e.currentTarget as HTMLDialogElement).close();
    }}>
    ${
      d
        ? html`<div class="details-body">
      <button type="button" part="close" class="close" @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')!.close()}
        aria-label=${msg('Đóng', { id: 'training-calendar.close' })} title=${msg('Đóng', { id: 'training-calendar.close' })}>
        <span aria-hidden="true">×</span></button>
      ${d.kind === 'day' ? renderDayDetails(ctx, d.day) : renderEventDetails(ctx, d.ev, d.fromDay, feedUrl)}
    </div>`
        : nothing
    }
  </dialog>`;
}

function renderDayDetails(ctx: ViewContext, day: Day): TemplateResult {
  const events = ctx.index ? eventsOn(ctx.index, day, ctx.pass) : [];
  return html`${heading(ctx.level + 1, { id: 'details-title', cls: 'details-title', focusable: true }, formatLongDay(day, ctx.locale))}
    ${ctx.lunar ? html`<p class="lunar-line">${ctx.lunar.fullLunar(day)}</p>` : nothing}
    <p class="count">${countLabel(events.length)}</p>
    <ul class="list-events">${events.map((ev) => html`<li>${eventButton(ctx, ev, day, day)}</li>`)}</ul>`;
}

function whenText(ev: CalendarEvent, loc: DateLocale, zone: string): string {
  const e = ev.event;
  if (e.allDay && e.startDay && e.endDay) {
    const a = formatLongDay(e.startDay, loc);
    return e.endDay === e.startDay ? a : `${a} – ${formatLongDay(e.endDay, loc)}`;
  }
  const offset = readerZoneDiffers(e.start, zone) ? ` (${formatZoneOffset(e.start, zone)})` : '';
  if (ev.first === ev.last)
    return `${formatLongDay(ev.first, loc)}, ${formatTimeRange(e.start, e.end, loc, zone)}${offset}`;
  return `${formatDateTime(e.start, loc, zone)} – ${formatDateTime(e.end, loc, zone)}${offset}`;
}

function renderEventDetails(
  ctx: ViewContext,
  ev: CalendarEvent,
  fromDay: Day | undefined,
  feedUrl: string,
): TemplateResult {
  const { item, event: e } = ev;
  const { locale, zone } = ctx;
  const status = statusLabel(ev);
  const online = safeUrl(e.onlineUrl, undefined, 'http');
  const orgUrl = safeUrl(e.organizer?.url);
  const reg = e.registration;
  const regUrl = safeUrl(reg?.url);
  const closed = !!reg?.deadline && reg.deadline.getTime() < Date.now();
  const page = safeUrl(item.url, undefined, 'http');
  const { buildIcs, eventDescription, googleCalendarUrl, icsDataUrl, icsFilename } = ics.value!;
  const description = paragraphs(eventDescription(item));
  const eventItem = item as EventItem;
  const file = buildIcs(eventItem, { feedUrl, locale: locale.code });
  const lang = langOf(ctx, ev);
  return html`${heading(ctx.level + 1, { id: 'details-title', cls: `details-title${e.status === 'cancelled' ? ' cancelled' : ''}`, focusable: true, lang: lang === nothing ? undefined : lang }, item.title)}
    ${status ? html`<p part="status" class="status status-${e.status}">${status}</p>` : nothing}
    <dl class="facts">
      <dt>${msg('Thời gian', { id: 'training-calendar.when' })}</dt>
      <dd class="when">${whenText(ev, locale, zone)}</dd>
      ${ctx.lunar ? html`<dd class="lunar-line">${ctx.lunar.fullLunar(fromDay ?? ev.first)}</dd>` : nothing}
      ${
        e.location
          ? html`<dt>${msg('Địa điểm', { id: 'training-calendar.col-place' })}</dt>
        <dd class="where" lang=${lang}>${e.location.name ? html`<span class="loc-name">${e.location.name}</span>` : nothing}
          ${e.location.address ? html`<span class="loc-address">${e.location.address}</span>` : nothing}</dd>`
          : nothing
      }
      ${
        online
          ? html`<dt>${msg('Trực tuyến', { id: 'training-calendar.online' })}</dt>
        <dd><a class="online" href=${online} target="_blank" rel="noopener noreferrer">${msg('Tham gia trực tuyến', { id: 'training-calendar.online-link' })}${newTabHint()}</a></dd>`
          : nothing
      }
      ${
        e.organizer?.name
          ? html`<dt>${msg('Đơn vị tổ chức', { id: 'training-calendar.organizer' })}</dt>
        <dd class="organizer">${
          orgUrl
            ? // The name is feed text, the new-tab hint interface text: the feed's lang is on the name only.
              html`<a href=${orgUrl} target="_blank" rel="noopener noreferrer"><span lang=${lang}>${e.organizer.name}</span>${newTabHint()}</a>`
            : html`<span lang=${lang}>${e.organizer.name}</span>`
        }</dd>`
          : nothing
      }
      ${e.audience ? html`<dt>${msg('Đối tượng', { id: 'training-calendar.audience' })}</dt><dd class="audience" lang=${lang}>${e.audience}</dd>` : nothing}
      ${
        reg
          ? html`<dt>${msg('Đăng ký', { id: 'training-calendar.registration' })}</dt>
        <dd class="registration">
          ${reg.deadline ? html`<span class="deadline">${msg(str`Hạn đăng ký: ${formatDateTime(reg.deadline, locale, zone)}`, { id: 'training-calendar.deadline' })}</span>` : nothing}
          ${reg.capacity !== undefined ? html`<span class="capacity">${msg(str`Số chỗ: ${reg.capacity}`, { id: 'training-calendar.capacity' })}</span>` : nothing}
          ${
            closed
              ? html`<strong class="closed">${msg('Đã hết hạn đăng ký', { id: 'training-calendar.closed' })}</strong>`
              : regUrl
                ? html`<a class="register" href=${regUrl} target="_blank" rel="noopener noreferrer">${msg('Đăng ký tham gia', { id: 'training-calendar.register' })}${newTabHint()}</a>`
                : nothing
          }
        </dd>`
          : nothing
      }
    </dl>
    ${description.length ? html`<div class="description" lang=${lang}>${description.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    <div class="actions">
      <a part="ics" class="ics" href=${icsDataUrl(file)} download=${icsFilename(item)}>${msg('Tải về lịch (.ics)', { id: 'training-calendar.ics' })}</a>
      <a part="google" class="google" href=${googleCalendarUrl(eventItem)} target="_blank" rel="noopener noreferrer">${msg('Thêm vào Google Calendar', { id: 'training-calendar.google' })}${newTabHint()}</a>
      ${page ? html`<a class="page" href=${page}>${msg('Xem trang sự kiện', { id: 'training-calendar.page' })}</a>` : nothing}
      ${
        fromDay
          ? html`<button type="button" class="link-button back" @click=${() => ctx.show({ kind: 'day', day: fromDay })}>
        ${msg('Các sự kiện trong ngày', { id: 'training-calendar.back' })}</button>`
          : nothing
      }
    </div>`;
}
