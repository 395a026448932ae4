/**
 * Writes assets/mau-ho-so-tthc.xlsx, the sample case list the README and `npm run demo` use: about 2 000
 * one-stop cases of 24 Điện Biên units in Q1/2024 (plus one listed unit with none), laid out like the
 * TD export (exports.md §4: merged title, blank row, header on row 3, dates as text). Deadlines come from
 * the built-in calendar, so Tết 2024 (08–14/02) pushes them out as it did in real lists. Five rows are
 * wrong on purpose, for `Kiểm tra dữ liệu`. A seeded PRNG makes every run write the same cells.
 *
 * For a real ranking in the demo, the list also has the TT 01 #3, #4 and #7 columns exports lack
 * (supplements, agencies contacted, complaint) — blank for every case of two communes, whose values are
 * typed instead — and a `Tiêu chí bổ sung` sheet as a province office would have filled it in: one
 * district that sent nothing, one «Không đủ thông tin», and one unit left incomplete, which stays unranked.
 *
 * Run: npx tsx scripts/make-sample.ts
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Level } from '../src/domain/cases';
import { WorkCalendar } from '../src/domain/calendar/work-calendar';
import { dayFromYmd, formatVn, ymdFromDay, type DayNumber } from '../src/domain/dates';
import { builtInProfile, type CriterionEntry } from '../src/domain/scoring';
import {
  CRITERIA_SHEET,
  criterionColumns,
  criterionTitle,
  MAX_DTB_CCVC,
  NOT_ENOUGH_INFO,
  POINT_VALUES,
  TITLES,
  type InputIndicator,
} from '../src/workbook/criteria-columns';

interface Procedure {
  field: string;
  name: string;
  /** Processing time in working days (thời hạn giải quyết). */
  days: number;
  /** Relative frequency among the unit's procedures. */
  weight: number;
}

interface SampleUnit {
  name: string;
  level: Level;
  district?: string;
  /** Mã định danh of the unit, the prefix of its case codes. */
  code: string;
  cases: number;
  procedures: Procedure[];
}

interface SampleCase {
  unit: SampleUnit;
  procedure: Procedure;
  applicant: string;
  received: DayNumber;
  receivedMinutes: number;
  due: DayNumber;
  completed: { day: DayNumber; minutes: number } | null;
  status: string;
  channel: string;
  handler: string;
}

const OUT = join(__dirname, '..', 'assets', 'mau-ho-so-tthc.xlsx');
const SHEET = 'Danh sách hồ sơ';
const TITLE = 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH TIẾP NHẬN VÀ GIẢI QUYẾT QUÝ I NĂM 2024 (GỒM HỒ SƠ KỲ TRƯỚC CHUYỂN QUA)';
const HEADER = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Lĩnh vực',
  'Chủ hồ sơ',
  'Đơn vị giải quyết',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày kết thúc xử lý',
  'Trạng thái',
  'Loại tiếp nhận',
  'Cán bộ đang xử lý',
  // TT 01 #3, #4 and the complaint flag of #7: columns real exports lack, kept by some offices.
  'Số lần yêu cầu bổ sung',
  'Số cơ quan phải liên hệ',
  'Phản ánh, kiến nghị',
];
const WIDTHS = [6, 26, 60, 28, 22, 34, 20, 13, 20, 26, 22, 20, 12, 12, 12];

const START = dayFromYmd(2024, 1, 1);
/** The list was exported at the end of 31/03/2024: later completions are not in it yet. */
const END = dayFromYmd(2024, 3, 31);
const CARRIED_FROM = dayFromYmd(2023, 12, 1);

/** Data rows (0-based, row 4 of the sheet is index 0) that are spoiled on purpose, one per kind. */
const BAD = { impossibleDate: 150, completedBeforeReceipt: 500, missingUnit: 900, duplicateCode: 1300, unknownStatus: 1700 };

const p = (field: string, name: string, days: number, weight = 1): Procedure => ({ field, name, days, weight });

const PROVINCIAL: [string, number, Procedure[]][] = [
  ['Sở Tư pháp', 170, [
    p('Lý lịch tư pháp', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 10, 8),
    p('Công chứng', 'Đăng ký hành nghề và cấp Thẻ công chứng viên', 10),
    p('Luật sư', 'Đăng ký hoạt động của tổ chức hành nghề luật sư', 10),
  ]],
  ['Sở Kế hoạch và Đầu tư', 130, [
    p('Thành lập và hoạt động doanh nghiệp', 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 3, 3),
    p('Thành lập và hoạt động doanh nghiệp', 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp', 3, 4),
    p('Đầu tư tại Việt Nam', 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư', 10),
  ]],
  ['Sở Tài nguyên và Môi trường', 150, [
    p('Đất đai', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 10, 5),
    p('Đất đai', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', 7, 3),
    p('Môi trường', 'Cấp giấy phép môi trường', 30),
  ]],
  ['Sở Giao thông vận tải', 190, [
    p('Đường bộ', 'Đổi Giấy phép lái xe do ngành Giao thông vận tải cấp', 5, 6),
    p('Đường bộ', 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô', 5, 2),
    p('Đường bộ', 'Cấp phù hiệu xe ô tô kinh doanh vận tải', 2, 2),
  ]],
  ['Sở Lao động - Thương binh và Xã hội', 110, [
    p('Việc làm', 'Giải quyết hưởng trợ cấp thất nghiệp', 20, 4),
    p('Lao động', 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 5),
    p('Người có công', 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ', 12),
  ]],
  ['Sở Xây dựng', 50, [
    p('Hoạt động xây dựng', 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 20, 2),
    p('Hoạt động xây dựng', 'Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II', 20),
  ]],
  ['Sở Y tế', 80, [
    p('Khám bệnh, chữa bệnh', 'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam', 20, 2),
    p('Dược phẩm', 'Cấp Chứng chỉ hành nghề dược', 20, 2),
    p('An toàn thực phẩm', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 15),
  ]],
  ['Ban Quản lý các khu kinh tế tỉnh', 25, [
    p('Đầu tư tại Việt Nam', 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư', 10),
    p('Lao động', 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại khu kinh tế', 5),
  ]],
];

const DISTRICT_PROCEDURES: Procedure[] = [
  p('Hộ tịch', 'Thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc', 3, 2),
  p('Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 'Đăng ký thành lập hộ kinh doanh', 3, 3),
  p('Đất đai', 'Tách thửa hoặc hợp thửa đất', 15, 2),
  p('Đăng ký biện pháp bảo đảm', 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 3, 3),
  p('Bảo trợ xã hội', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng', 20, 3),
  p('Quản lý hoạt động xây dựng', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 15),
];

const COMMUNE_PROCEDURES: Procedure[] = [
  p('Hộ tịch', 'Đăng ký khai sinh', 1, 5),
  p('Hộ tịch', 'Đăng ký kết hôn', 1, 2),
  p('Hộ tịch', 'Đăng ký khai tử', 1),
  p('Hộ tịch', 'Cấp Giấy xác nhận tình trạng hôn nhân', 3, 2),
  p('Chứng thực', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp', 1, 5),
  p('Chứng thực', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 2, 2),
  p('Đất đai', 'Hòa giải tranh chấp đất đai', 45),
];

/** Districts with their communes and case counts; Huổi Lèng has none, to show "Không phát sinh hồ sơ". */
const DISTRICTS: [string, number, [string, number][]][] = [
  ['Tuần Giáo', 200, [['Quài Tở', 60], ['Phình Sáng', 55], ['Mường Thín', 45], ['Quài Cang', 40], ['Chiềng Sinh', 50]]],
  ['Mường Chà', 140, [['Na Sang', 55], ['Sa Long', 45], ['Mường Tùng', 50], ['Huổi Lèng', 0]]],
  ['Điện Biên Đông', 150, [['Tìa Đình', 40], ['Pú Nhi', 45], ['Phì Nhừ', 35], ['Keo Lôm', 30], ['Pú Hồng', 35]]],
];

/** Share of cases filed online and by post, per level: provinces lead, communes lag. */
const CHANNEL_SHARE: Record<Level, { online: number; postal: number }> = {
  Tỉnh: { online: 0.7, postal: 0.03 },
  Huyện: { online: 0.4, postal: 0.02 },
  Xã: { online: 0.2, postal: 0.01 },
};

const FAMILY = ['Lò', 'Quàng', 'Lường', 'Cà', 'Vì', 'Tòng', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đỗ', 'Giàng', 'Sùng'];
const MALE = ['Thắng', 'Hùng', 'Nam', 'Dũng', 'Tuấn', 'Minh', 'Phong', 'Sơn', 'Chinh', 'Khoa'];
const FEMALE = ['Hoa', 'Lan', 'Mai', 'Hương', 'Thảo', 'Ngọc', 'Hằng', 'Nhung', 'Xuân', 'Yến'];
const OPEN_STATUSES = ['Đang xử lý', 'Đang xử lý', 'Yêu cầu bổ sung giấy tờ', 'Yêu cầu thực hiện nghĩa vụ tài chính'];

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the seed fixes the whole sample. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20240331);
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function weighted(list: readonly Procedure[]): Procedure {
  let r = random() * list.reduce((s, x) => s + x.weight, 0);
  for (const x of list) if ((r -= x.weight) < 0) return x;
  return list[list.length - 1];
}

function personName(): string {
  const male = random() < 0.5;
  return `${pick(FAMILY)} ${male ? 'Văn' : 'Thị'} ${pick(male ? MALE : FEMALE)}`;
}

function units(): SampleUnit[] {
  const out: SampleUnit[] = PROVINCIAL.map(([name, cases, procedures], i) => ({
    name, level: 'Tỉnh', code: `000.00.${pad(10 + i)}.H18`, cases, procedures,
  }));
  DISTRICTS.forEach(([district, cases, communes], d) => {
    const code = `000.00.${pad(30 + d)}.H18`;
    out.push({ name: `UBND huyện ${district}`, level: 'Huyện', code, cases, procedures: DISTRICT_PROCEDURES });
    communes.forEach(([commune, n], c) =>
      out.push({ name: `UBND xã ${commune}`, level: 'Xã', district: `Huyện ${district}`, code: `000.${pad(40 + c)}.${pad(30 + d)}.H18`, cases: n, procedures: COMMUNE_PROCEDURES }),
    );
  });
  return out;
}

function workingDays(calendar: WorkCalendar, from: DayNumber, to: DayNumber): DayNumber[] {
  const days: DayNumber[] = [];
  for (let d = from; d <= to; d++) if (calendar.isWorkingDay(d)) days.push(d);
  return days;
}

/** A time of day on a working day, 07:30–16:59; after `after` (minutes) when given. */
function timeOfDay(after?: number): number {
  const from = after === undefined ? 7 * 60 + 30 : Math.min(after + 20, 16 * 60);
  return from + int(17 * 60 - from);
}

/**
 * One case: received on a working day, due N working days later; early, on time, late (4 %), never
 * finished (1 %, the overdue ones), withdrawn (1 %) or refused (1.5 %). A case carried over from
 * December is one still open on 01/01/2024, so it never finishes before 02/01.
 */
function makeCase(unit: SampleUnit, calendar: WorkCalendar, q1Days: DayNumber[], decemberDays: DayNumber[], handlers: string[]): SampleCase {
  const longOnes = unit.procedures.filter((x) => x.days >= 10);
  const carried = longOnes.length > 0 && random() < 0.06;
  const procedure = carried ? weighted(longOnes) : weighted(unit.procedures);
  // A December case still open on 1 January is mostly one not yet due then.
  const received = pick(carried ? decemberDays.filter((d) => calendar.addWorkingDays(d, procedure.days) > START) : q1Days);
  const receivedMinutes = timeOfDay();
  const due = calendar.addWorkingDays(received, procedure.days);

  const roll = random();
  let day: DayNumber | null;
  let status = 'Đã trả kết quả';
  if (roll < 0.01) {
    status = 'Công dân yêu cầu rút hồ sơ';
    day = calendar.addWorkingDays(received, 1 + int(3));
  } else if (roll < 0.02) day = null; // stuck: overdue once its deadline passes
  else if (roll < 0.06) day = calendar.addWorkingDays(due, 1 + int(4));
  else if (roll < 0.4) day = due;
  else day = calendar.addWorkingDays(received, int(Math.max(1, procedure.days)));
  if (day !== null && day < START && carried) day = calendar.addWorkingDays(START, 1 + int(3));
  if (day !== null && day > END) day = null;

  if (day === null && status !== 'Công dân yêu cầu rút hồ sơ') status = pick(OPEN_STATUSES);
  else if (day !== null && status === 'Đã trả kết quả') {
    const r = random();
    if (r < 0.015) status = 'Từ chối giải quyết';
    else if (r < 0.05) status = 'Đã xử lý xong';
  }
  const share = CHANNEL_SHARE[unit.level];
  const c = random();
  return {
    unit,
    procedure,
    applicant: personName(),
    received,
    receivedMinutes,
    due,
    completed: day === null ? null : { day, minutes: timeOfDay(day === received ? receivedMinutes : undefined) },
    status,
    channel: c < share.online ? 'Nộp trực tuyến' : c < share.online + share.postal ? 'Qua bưu chính công ích' : 'Trực tiếp',
    handler: pick(handlers),
  };
}

const dateTime = (day: DayNumber, minutes: number): string => `${formatVn(day)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(int(60))}`;

function yymmdd(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return pad(year % 100) + pad(month) + pad(d);
}

/** Cases sorted by receipt, as exports list them. */
function makeCases(list: SampleUnit[]): SampleCase[] {
  const calendar = WorkCalendar.builtIn();
  const q1Days = workingDays(calendar, START, END);
  const decemberDays = workingDays(calendar, CARRIED_FROM, START - 1);
  const cases = list.flatMap((unit) => {
    const handlers = Array.from({ length: unit.level === 'Xã' ? 2 : 3 }, personName);
    return Array.from({ length: unit.cases }, () => makeCase(unit, calendar, q1Days, decemberDays, handlers));
  });
  return cases.sort((a, b) => a.received - b.received || a.receivedMinutes - b.receivedMinutes);
}

/** TD-style case codes, {unit}-{yyMMdd}-{number of the unit's case that day}. */
function caseCodes(cases: SampleCase[]): string[] {
  const seq = new Map<string, number>();
  return cases.map((c) => {
    const prefix = `${c.unit.code}-${yymmdd(c.received)}`;
    const n = (seq.get(prefix) ?? 0) + 1;
    seq.set(prefix, n);
    return `${prefix}-${pad(n, 4)}`;
  });
}

function rowOf(c: SampleCase, code: string, stt: number): (string | number | null)[] {
  return [
    stt,
    code,
    c.procedure.name,
    c.procedure.field,
    c.applicant,
    c.unit.name,
    dateTime(c.received, c.receivedMinutes),
    formatVn(c.due),
    c.completed ? dateTime(c.completed.day, c.completed.minutes) : null,
    c.status,
    c.channel,
    c.handler,
  ];
}

/** Communes whose one-stop software keeps no supplement, contact or complaint data: typed in `Tiêu chí bổ sung`. */
const WITHOUT_TT01_DATA = new Set(['UBND xã Phình Sáng', 'UBND xã Pú Nhi']);

/**
 * The TT 01 #3, #4, #7 cells of each case, from a PRNG of their own so the cases above stay as they were:
 * mostly no supplement (some 1, rare 2; a case waiting for documents has had at least one), mostly no
 * other agency, a complaint («Có») only on a few late cases. Blank for the communes without such data.
 */
function tt01Cells(cases: SampleCase[]): (string | number | null)[][] {
  const r = prng(20240401);
  return cases.map((c) => {
    if (WITHOUT_TT01_DATA.has(c.unit.name)) return [null, null, null];
    const s = r();
    const supplements = c.status === 'Yêu cầu bổ sung giấy tờ' ? 1 + (s < 0.2 ? 1 : 0) : s < 0.02 ? 2 : s < 0.12 ? 1 : 0;
    const agencies = r() < (c.unit.level === 'Xã' ? 0.04 : 0.09) ? 1 : 0;
    const late = c.completed !== null && c.completed.day > c.due;
    const complaint = late && r() < 0.3 ? 'Có' : 'Không';
    return [supplements, agencies, complaint];
  });
}

/** The five mistakes `Kiểm tra dữ liệu` must point at (column letters as in HEADER). */
function spoil(rows: (string | number | null)[][], cases: SampleCase[]): void {
  const col = (header: string): number => HEADER.indexOf(header);
  // G: a day that does not exist, typed by hand.
  rows[BAD.impossibleDate][col('Ngày tiếp nhận')] = `31/02/2024 ${pad(8 + int(8))}:${pad(int(60))}:00`;
  // I: finished the day before it was received.
  const { received } = cases[BAD.completedBeforeReceipt];
  rows[BAD.completedBeforeReceipt][col('Ngày kết thúc xử lý')] = dateTime(received - 1, 15 * 60);
  rows[BAD.completedBeforeReceipt][col('Trạng thái')] = 'Đã trả kết quả';
  // F: unit left blank.
  rows[BAD.missingUnit][col('Đơn vị giải quyết')] = null;
  // B: the row above exported twice.
  rows[BAD.duplicateCode] = [BAD.duplicateCode + 1, ...rows[BAD.duplicateCode - 1].slice(1)];
  // J: a status word no one-stop system uses.
  rows[BAD.unknownStatus][col('Trạng thái')] = 'Chờ ký duyệt';
}

type Typed = Partial<Record<InputIndicator, CriterionEntry>>;

interface CriteriaRow {
  criteria?: Typed;
  dtbCcvc?: number;
  notSent?: boolean;
  note?: string;
}

/**
 * What the office typed per unit (TT 01 numbers as keys). #5, #6 and #8 for every unit that sent results;
 * #9 mostly left blank, so it is derived from the online share; #3, #4 and #7 (and ĐTB CCVC, which the
 * cases cannot give without them) only for the two communes whose list lacks those columns.
 */
const CRITERIA: Record<string, CriteriaRow> = {
  'Sở Tư pháp': { criteria: { 5: 2, 6: 2, 8: 2 } },
  'Sở Kế hoạch và Đầu tư': { criteria: { 5: 2, 6: 2, 8: 2, 9: 2 }, note: 'TC9 theo báo cáo dịch vụ công trực tuyến của Sở' },
  'Sở Tài nguyên và Môi trường': { criteria: { 5: 2, 6: 1, 8: 1 }, note: 'Còn 02 TTHC đất đai chưa niêm yết' },
  'Sở Giao thông vận tải': { criteria: { 5: 2, 6: 2, 8: 2 } },
  'Sở Lao động - Thương binh và Xã hội': { criteria: { 5: 2, 6: 2, 8: 1 } },
  'Sở Xây dựng': { criteria: { 5: 1, 6: 2, 8: 2 } },
  'Sở Y tế': { criteria: { 5: 2, 6: 2, 8: 2 } },
  'Ban Quản lý các khu kinh tế tỉnh': { criteria: { 5: 2, 6: 2, 8: 'notEnoughInfo' }, note: 'Trong kỳ không có phản ánh, kiến nghị' },
  'UBND huyện Tuần Giáo': { criteria: { 5: 2, 6: 2, 8: 2 } },
  'UBND huyện Mường Chà': { notSent: true, note: 'Chưa gửi kết quả tự chấm điểm' },
  'UBND huyện Điện Biên Đông': { criteria: { 5: 2, 6: 1, 8: 2, 9: 1 } },
  'UBND xã Quài Tở': { criteria: { 5: 2, 6: 2, 8: 2 } },
  'UBND xã Phình Sáng': { criteria: { 3: 1.88, 4: 1.96, 7: 1.58, 5: 2, 6: 2, 8: 2 }, dtbCcvc: 8.61, note: 'TC3–TC5, ĐTB CCVC theo sổ theo dõi hồ sơ của xã' },
  'UBND xã Mường Thín': { criteria: { 5: 1, 6: 1, 8: 1 } },
  'UBND xã Quài Cang': { criteria: { 5: 2, 6: 1, 8: 2 } },
  'UBND xã Chiềng Sinh': { criteria: { 5: 2, 6: 2, 8: 1 } },
  'UBND xã Na Sang': { criteria: { 5: 2, 6: 2, 8: 2 } },
  'UBND xã Sa Long': { criteria: { 5: 1, 6: 0, 8: 1 }, note: 'Chưa công khai TTHC trên Cổng TTĐT xã' },
  'UBND xã Mường Tùng': { criteria: { 5: 2, 6: 2, 8: 2 } },
  'UBND xã Huổi Lèng': { note: 'Không phát sinh hồ sơ' },
  'UBND xã Tìa Đình': { criteria: { 5: 2, 6: 1, 8: 2 } },
  'UBND xã Pú Nhi': { criteria: { 3: 1.8, 4: 1.93, 7: 1.71, 5: 2, 6: 1, 8: 2 }, dtbCcvc: 8.93, note: 'TC3–TC5, ĐTB CCVC theo sổ theo dõi hồ sơ của xã' },
  'UBND xã Phì Nhừ': { criteria: { 5: 2, 6: 2, 8: 2 } },
  'UBND xã Keo Lôm': { criteria: { 5: 2, 8: 2 }, note: 'Chờ kết quả kiểm tra công khai TTHC' },
  'UBND xã Pú Hồng': { criteria: { 5: 1, 6: 2, 8: 1 } },
};

const LEVEL_ORDER: Record<Level, number> = { Tỉnh: 0, Huyện: 1, Xã: 2 };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/**
 * `Tiêu chí bổ sung` as a user leaves it after filling in the sheet the tool creates: the same column
 * titles (the reader finds the columns by them), a shorter heading, values typed in the input cells.
 */
function addCriteriaSheet(wb: ExcelJS.Workbook, list: SampleUnit[]): void {
  const profile = builtInProfile('dienbien-1187');
  const columns = criterionColumns(profile);
  const ws = wb.addWorksheet(CRITERIA_SHEET, { views: [{ state: 'frozen', ySplit: 4, xSplit: 2 }] });
  ws.columns = [6, 36, 8, ...columns.map((c) => (c.kind === 'perCase' ? 24 : 20)), 13, 11, 40].map((width) => ({ width }));
  ws.getCell(1, 1).value = 'TIÊU CHÍ CHẤM ĐIỂM THEO ĐƠN VỊ (NHẬP BỔ SUNG) — QUÝ I NĂM 2024';
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = 'Tổng hợp từ kết quả tự chấm của các cơ quan, đơn vị; TC3–TC5 chỉ nhập cho đơn vị mà phần mềm một cửa không có số liệu.';
  ws.getCell(2, 1).font = { italic: true };

  const header = ws.getRow(4);
  header.values = [TITLES.stt, TITLES.name, TITLES.level, ...columns.map((c) => criterionTitle(c, profile)), TITLES.dtbCcvc, TITLES.notSent, TITLES.note];
  header.height = 105;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });

  const ordered = [...list].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const typed = (v: CriterionEntry | undefined): string | number | null =>
    v === undefined || v === null ? null : v === 'notEnoughInfo' ? NOT_ENOUGH_INFO : typeof v === 'number' ? v : null;
  ordered.forEach((u, i) => {
    const entry = CRITERIA[u.name] ?? {};
    const row = ws.getRow(5 + i);
    row.values = [
      i + 1,
      u.name,
      u.level,
      ...columns.map((c) => typed(entry.criteria?.[c.indicator])),
      entry.dtbCcvc ?? null,
      entry.notSent ? 'x' : null,
      entry.note ?? null,
    ];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = THIN;
      if (col > 3 && col <= 3 + columns.length + 2) {
        cell.fill = INPUT_FILL;
        cell.alignment = { horizontal: 'center' };
      }
    });
    columns.forEach((c, k) => {
      const cell = row.getCell(4 + k);
      if (c.kind === 'perCase') {
        cell.numFmt = '0.00';
        return;
      }
      cell.dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${[...POINT_VALUES, NOT_ENOUGH_INFO].join(',')}"`],
        showInputMessage: true,
        prompt: `${POINT_VALUES.join(', ')} hoặc «${NOT_ENOUGH_INFO}».`,
      };
    });
    row.getCell(4 + columns.length).dataValidation = {
      type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, MAX_DTB_CCVC], showInputMessage: true, prompt: `Số từ 0 đến ${MAX_DTB_CCVC}.`,
    };
    row.getCell(5 + columns.length).dataValidation = {
      type: 'list', allowBlank: true, formulae: ['"x"'], showInputMessage: true, prompt: 'Ghi «x» nếu đơn vị không gửi kết quả chấm điểm.',
    };
  });
  const missing = Object.keys(CRITERIA).filter((name) => !list.some((u) => u.name === name));
  if (missing.length) throw new Error(`CRITERIA names units not in the sample: ${missing.join(', ')}`);
}

/** ExcelJS stamps zip entries with the current time; fixed ones keep reruns byte-identical in git. */
async function withFixedTimestamps(xlsx: ExcelJS.Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const fixed = new Date(Date.UTC(2024, 3, 1));
  for (const entry of Object.values(zip.files)) entry.date = fixed;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  const list = units();
  const cases = makeCases(list);
  const codes = caseCodes(cases);
  const scoring = tt01Cells(cases);
  const rows = cases.map((c, i) => [...rowOf(c, codes[i], i + 1), ...scoring[i]]);
  spoil(rows, cases);

  const wb = new ExcelJS.Workbook();
  wb.creator = 'TTHC Scorecard';
  wb.created = wb.modified = new Date(Date.UTC(2024, 3, 1));
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.getCell(1, 1).value = TITLE;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(3).values = HEADER;
  ws.getRow(3).font = { bold: true };
  ws.addRows(rows);

  const unitSheet = wb.addWorksheet('Danh mục đơn vị');
  unitSheet.columns = [{ width: 6 }, { width: 40 }, { width: 8 }, { width: 24 }];
  unitSheet.addRow(['STT', 'Tên đơn vị', 'Cấp', 'Huyện']).font = { bold: true };
  list.forEach((u, i) => unitSheet.addRow([i + 1, u.name, u.level, u.district ?? null]));

  addCriteriaSheet(wb, list);

  writeFileSync(OUT, await withFixedTimestamps(await wb.xlsx.writeBuffer()));
  console.log(`${OUT}: ${rows.length} hồ sơ, ${list.length} đơn vị`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
