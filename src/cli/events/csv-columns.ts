/**
 * The spreadsheet's vocabulary: the columns `from-csv` knows (headers in Vietnamese or English, matched
 * without case, diacritics, spaces or punctuation), including the ones a clerk's own sheet has
 * (STT, Ngày, Giờ bắt đầu, Nội dung, Thành phần, Ghi chú), the status words and the yes/no words.
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
  | 'url'
  /** A day (`Ngày`) that the time columns are read on. */
  | 'date'
  /** A time range or a time (`Thời gian`: "7g30 - 11g00"). */
  | 'time'
  /** Free notes (`Ghi chú`): they go to the description, and their cancellation words set the status. */
  | 'notes'
  /** The clerk's row number (`STT`): only for naming rows in messages. */
  | 'row_number';

/**
 * Header keys (folded: no case, diacritics, spaces or punctuation), Vietnamese and English. A list is
 * tried in order: `Nội dung` is the title unless a `Tiêu đề` column took it, then the description.
 */
export const HEADERS: Record<string, Field | readonly Field[]> = {
  stt: 'row_number',
  so: 'row_number',
  no: 'row_number',
  ngay: 'date',
  date: 'date',
  giobatdau: 'start',
  tu: 'start',
  tugio: 'start',
  gioketthuc: 'end',
  den: 'end',
  dengio: 'end',
  thoigian: 'time',
  gio: 'time',
  time: 'time',
  noidung: ['title', 'description'],
  thanhphan: 'audience',
  thanhphanthamdu: 'audience',
  ghichu: 'notes',
  notes: 'notes',
  note: 'notes',
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

/**
 * What an unknown header could have been, by the words in it: said in the run's list of ignored columns
 * ("Ghi chú → description?"), so a clerk renames once instead of guessing.
 */
const GUESSES: [RegExp, Field][] = [
  [/chutri|chutoa|donvi|coquan|host|organi/, 'organizer'],
  [/thamdu|thanhphan|khach|doituong|nguoi|attend|audience/, 'audience'],
  [/^ten|chude|tieude|name|subject|topic/, 'title'],
  [/phong|hoitruong|diadiem|noi|place|room|venue/, 'location'],
  [/ngay|date|day/, 'date'],
  [/gio|time|buoi/, 'time'],
  [/link|duongdan|web|url/, 'url'],
  [/trangthai|tinhtrang|state/, 'status'],
];

/** The field an unknown header probably meant; `description` when nothing fits (any text can go there). */
export const guessField = (key: string): Field => GUESSES.find(([re]) => re.test(key))?.[1] ?? 'description';

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
/**
 * Cancellation words in free text (a notes cell, or a status cell that is not one of the words above),
 * matched on NFC text with its diacritics: folded, "hoãn" (postponed) would also match "hoàn" (done).
 * Both placements of the tone in "hủy"/"huỷ" are written.
 */
const WORDS: [RegExp, EventStatus][] = [
  [/(?<!\p{L})(?:hủy|huỷ|cancel+ed)(?!\p{L})/u, 'cancelled'],
  [/(?<!\p{L})(?:hoãn|postponed)(?!\p{L})/u, 'postponed'],
  [/(?<!\p{L})(?:dời|đổi lịch|rescheduled)(?!\p{L})/u, 'rescheduled'],
];

/** The status that free text announces ("Đã hủy", "tạm hoãn sang tuần sau"), if any. */
export const statusInText = (text: string): EventStatus | undefined => {
  const v = text.normalize('NFC').toLowerCase();
  return WORDS.find(([re]) => re.test(v))?.[1];
};

export const YES = new Set(['x', 'co', 'yes', 'true', '1', 'y', 'c']);
export const NO = new Set(['', 'khong', 'no', 'false', '0', 'n', 'k']);
