/**
 * The spreadsheet's vocabulary: the columns `from-csv` knows (headers in Vietnamese or English, matched
 * without case, diacritics, spaces or punctuation), the status words and the yes/no words.
 */
import type { EventStatus } from '../../feed/types.js';
import { foldForSearch } from '../../shared/text.js';

export type Field =
  | 'id'
  | 'title'
  | 'start'
  | 'end'
  | 'all_day'
  | 'location'
  | 'address'
  | 'online_url'
  | 'organizer'
  | 'audience'
  | 'registration_url'
  | 'registration_deadline'
  | 'capacity'
  | 'status'
  | 'description'
  | 'url';

/** Header keys (folded: no case, diacritics, spaces or punctuation), Vietnamese and English. */
export const HEADERS: Record<string, Field> = {
  ma: 'id',
  id: 'id',
  tieude: 'title',
  title: 'title',
  batdau: 'start',
  start: 'start',
  ketthuc: 'end',
  end: 'end',
  cangay: 'all_day',
  allday: 'all_day',
  diadiem: 'location',
  location: 'location',
  diachi: 'address',
  address: 'address',
  tructuyen: 'online_url',
  onlineurl: 'online_url',
  online: 'online_url',
  donvitochuc: 'organizer',
  organizer: 'organizer',
  doituong: 'audience',
  audience: 'audience',
  dangky: 'registration_url',
  registrationurl: 'registration_url',
  registration: 'registration_url',
  handangky: 'registration_deadline',
  registrationdeadline: 'registration_deadline',
  soluong: 'capacity',
  capacity: 'capacity',
  trangthai: 'status',
  status: 'status',
  mota: 'description',
  description: 'description',
  lienket: 'url',
  url: 'url',
  link: 'url',
};
export const headerKey = (h: string) => foldForSearch(h).replace(/[^a-z0-9]/g, '');

export const STATUS: Record<string, EventStatus> = {
  '': 'scheduled',
  scheduled: 'scheduled',
  dahuy: 'cancelled',
  huy: 'cancelled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  hoan: 'postponed',
  postponed: 'postponed',
  doilich: 'rescheduled',
  rescheduled: 'rescheduled',
};
export const YES = new Set(['x', 'co', 'yes', 'true', '1', 'y', 'c']);
export const NO = new Set(['', 'khong', 'no', 'false', '0', 'n', 'k']);
