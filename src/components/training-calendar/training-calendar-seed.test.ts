/**
 * The "done when": the seed article's training session appears on
 * 22/11/2017 in the demo sample feed, with correct details and .ics, in vi and en.
 */
import { expect, fixture } from '@open-wc/testing';
import './define.js';
import type { PwTrainingCalendar } from './training-calendar.js';
import { setLocale } from '../../locale/store.js';
import { resetShared, until } from '../../../test/helpers/feeds.js';
import { text } from '../../../test/helpers/dom.js';

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

async function openSeed(): Promise<{ el: PwTrainingCalendar; dialog: HTMLDialogElement; ics: string }> {
  const el = await fixture<PwTrainingCalendar>(
    '<pw-training-calendar src="/demo/feeds/portal.{lang}.json" month="2017-11" view="month"></pw-training-calendar>',
  );
  const cell = await until(
    () => el.shadowRoot!.querySelector<HTMLElement>('td[data-day="2017-11-22"] [part~="event"]'),
    5000,
    'seed event',
  );
  cell.click();
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  await until(() => dialog.open);
  const href = dialog.querySelector<HTMLAnchorElement>('a[part~="ics"]')!.href;
  return { el, dialog, ics: decodeURIComponent(href.replace(/^data:text\/calendar;charset=utf-8,/, '')) };
}

function checkIcs(ics: string, summary: string) {
  for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  const lines = unfold(ics).split('\r\n');
  expect(lines).to.include.members([
    'BEGIN:VEVENT',
    `UID:lich-tap-huan-quy-che-dan-chu-2017@${location.host}`,
    'DTSTART;TZID=Asia/Ho_Chi_Minh:20171122T073000',
    'DTEND;TZID=Asia/Ho_Chi_Minh:20171122T110000',
    `SUMMARY:${summary}`,
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ]);
  expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).to.be.true;
  expect(lines.some((l) => l.startsWith('URL:http'))).to.be.true;
}

describe('pw-training-calendar: the seed session in the demo feed', () => {
  beforeEach(resetShared);

  it('shows on 22/11/2017 with correct details and .ics in Vietnamese', async () => {
    const { el, dialog, ics } = await openSeed();
    const day = el.shadowRoot!.querySelector('td[data-day="2017-11-22"]')!;
    expect(text(day.querySelector('.day-label'))).to.match(/^Thứ Tư, 22 tháng 11, 2017, \d+ sự kiện$/);
    expect(text(dialog.querySelector('#details-title'))).to.equal(
      'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017',
    );
    expect(text(dialog.querySelector('.when'))).to.equal('Thứ Tư, 22 tháng 11, 2017, 07:30 – 11:00 (GMT+7)');
    expect(text(dialog.querySelector('.loc-name'))).to.equal('Hội trường UBND tỉnh Long An');
    expect(text(dialog.querySelector('.organizer'))).to.equal('Ban Chỉ đạo Quy chế dân chủ tỉnh Long An');
    expect(text(dialog.querySelector('.audience'))).to.contain('Trưởng Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở');
    expect(text(dialog.querySelector('.description'))).to.contain('Nghị định số 04/2015/NĐ-CP');
    checkIcs(ics, 'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017');
    expect(unfold(ics)).to.contain(
      'LOCATION:Hội trường UBND tỉnh Long An\\, Số 61 Nguyễn Huệ\\, Phường 1\\, TP. Tân An\\, tỉnh Long An\r\n',
    );
    await expect(el).to.be.accessible();
  });

  it('shows on 22/11/2017 with correct details and .ics in English, with the same UID', async () => {
    setLocale('en', { persist: false });
    const { dialog, ics } = await openSeed();
    expect(text(dialog.querySelector('#details-title'))).to.equal(
      'Training on the grassroots democracy regulations for state administrative agencies and public service units, 2017',
    );
    expect(text(dialog.querySelector('.when'))).to.equal('Wednesday, 22 November 2017, 07:30 – 11:00 (GMT+7)');
    expect(text(dialog.querySelector('.loc-name'))).to.equal('Long An Provincial People’s Committee Hall');
    expect(text(dialog.querySelector('a[part~="ics"]'))).to.equal('Download to calendar (.ics)');
    checkIcs(
      ics,
      'Training on the grassroots democracy regulations for state administrative agencies and public service units\\, 2017',
    );
    expect(ics).to.contain('PRODID:-//provincial-widgets//pw-training-calendar//EN');
  });
});
