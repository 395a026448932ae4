/**
 * Seeded, realistic one-stop case exports for the benchmark: a province-year of cases (2024) of ≈170
 * units over three levels, plus a `Danh mục đơn vị` sheet, in one of two layouts: `shared`, like the TD
 * export (merged title, blank row, header on row 3, 12 columns, dates as text 'dd/mm/yyyy HH:mm:ss',
 * shared strings as Excel writes them), or `inline` (14 columns, inline strings: inline-layout.ts).
 * The same seed and size always give the same cells.
 */
import ExcelJS from 'exceljs';
import { WorkCalendar } from '../src/domain/calendar/work-calendar';
import { dayFromYmd, formatVn, ymdFromDay, type DayNumber } from '../src/domain/dates';
import type { Level } from '../src/domain/cases';
import { writeInlineLayout } from './inline-layout';

export const CASE_SHEET = 'Danh sách hồ sơ';
export const HEADER = [
  'STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Chủ hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận',
  'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Trạng thái', 'Loại tiếp nhận', 'Cán bộ đang xử lý',
];
export const YEAR_FROM = '2024-01-01';
export const YEAR_TO = '2024-12-31';

interface Procedure {
  field: string;
  name: string;
  days: number;
}

export interface BenchUnit {
  name: string;
  level: Level;
  district: string | null;
  code: string;
  /** Relative case volume. */
  weight: number;
  procedures: Procedure[];
}

const P = (field: string, name: string, days: number): Procedure => ({ field, name, days });

const PROVINCIAL_PROCEDURES: Procedure[] = [
  P('Lý lịch tư pháp', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 10),
  P('Thành lập và hoạt động doanh nghiệp', 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp', 3),
  P('Đất đai', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 10),
  P('Đường bộ', 'Đổi Giấy phép lái xe do ngành Giao thông vận tải cấp', 5),
  P('Việc làm', 'Giải quyết hưởng trợ cấp thất nghiệp', 20),
  P('Hoạt động xây dựng', 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 20),
  P('Dược phẩm', 'Cấp Chứng chỉ hành nghề dược', 20),
  P('Môi trường', 'Cấp giấy phép môi trường', 30),
];
const DISTRICT_PROCEDURES: Procedure[] = [
  P('Hộ tịch', 'Thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc', 3),
  P('Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 'Đăng ký thành lập hộ kinh doanh', 3),
  P('Đất đai', 'Tách thửa hoặc hợp thửa đất', 15),
  P('Đăng ký biện pháp bảo đảm', 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 3),
  P('Bảo trợ xã hội', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng', 20),
  P('Quản lý hoạt động xây dựng', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 15),
];
const COMMUNE_PROCEDURES: Procedure[] = [
  P('Hộ tịch', 'Đăng ký khai sinh', 1),
  P('Hộ tịch', 'Đăng ký kết hôn', 1),
  P('Hộ tịch', 'Đăng ký khai tử', 1),
  P('Hộ tịch', 'Cấp Giấy xác nhận tình trạng hôn nhân', 3),
  P('Chứng thực', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp', 1),
  P('Chứng thực', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 2),
  P('Đất đai', 'Hòa giải tranh chấp đất đai', 45),
];

const SO = [
  'Sở Tư pháp', 'Sở Kế hoạch và Đầu tư', 'Sở Tài nguyên và Môi trường', 'Sở Giao thông vận tải', 'Sở Lao động - Thương binh và Xã hội',
  'Sở Xây dựng', 'Sở Y tế', 'Sở Tài chính', 'Sở Công Thương', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Giáo dục và Đào tạo',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ', 'Sở Khoa học và Công nghệ', 'Sở Thông tin và Truyền thông', 'Sở Dân tộc',
  'Ban Quản lý các khu kinh tế tỉnh', 'Thanh tra tỉnh',
];
const DISTRICTS = ['Tuần Giáo', 'Mường Chà', 'Điện Biên Đông', 'Mường Ảng', 'Tủa Chùa', 'Nậm Pồ', 'Mường Nhé', 'Điện Biên', 'Mường Lay', 'Điện Biên Phủ'];
const SYLLABLES = ['Quài', 'Tở', 'Phình', 'Sáng', 'Mường', 'Thín', 'Cang', 'Chiềng', 'Sinh', 'Na', 'Sang', 'Sa', 'Long', 'Tùng', 'Huổi', 'Lèng', 'Tìa', 'Đình', 'Pú', 'Nhi', 'Phì', 'Nhừ', 'Keo', 'Lôm', 'Hồng', 'Búng', 'Lao', 'Nưa', 'Ẳng', 'Xá', 'Nhè', 'Chua', 'Ta'];
const FAMILY = ['Lò', 'Quàng', 'Lường', 'Cà', 'Vì', 'Tòng', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đỗ', 'Giàng', 'Sùng'];
const GIVEN = ['Thắng', 'Hùng', 'Nam', 'Dũng', 'Tuấn', 'Minh', 'Hoa', 'Lan', 'Mai', 'Hương', 'Thảo', 'Ngọc', 'Hằng', 'Xuân'];
const OPEN_STATUSES = ['Đang xử lý', 'Đang xử lý', 'Yêu cầu bổ sung giấy tờ', 'Yêu cầu thực hiện nghĩa vụ tài chính'];
const CHANNEL_SHARE: Record<Level, { online: number; postal: number }> = {
  Tỉnh: { online: 0.7, postal: 0.03 },
  Huyện: { online: 0.4, postal: 0.02 },
  Xã: { online: 0.2, postal: 0.01 },
};

/** mulberry32: a small, well-mixed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function makeUnits(random: () => number): BenchUnit[] {
  const units: BenchUnit[] = SO.map((name, i) => ({
    name, level: 'Tỉnh', district: null, code: `000.00.${pad(10 + i)}.H18`, weight: 6, procedures: PROVINCIAL_PROCEDURES,
  }));
  const used = new Set<string>();
  DISTRICTS.forEach((district, d) => {
    units.push({ name: `UBND huyện ${district}`, level: 'Huyện', district: null, code: `000.00.${pad(30 + d)}.H18`, weight: 4, procedures: DISTRICT_PROCEDURES });
    for (let c = 0; c < 14; c++) {
      let commune: string;
      do commune = `${SYLLABLES[Math.floor(random() * SYLLABLES.length)]} ${SYLLABLES[Math.floor(random() * SYLLABLES.length)]}`;
      while (used.has(commune));
      used.add(commune);
      units.push({
        name: `UBND xã ${commune}`, level: 'Xã', district: `Huyện ${district}`, code: `000.${pad(40 + c)}.${pad(30 + d)}.H18`, weight: 1,
        procedures: COMMUNE_PROCEDURES,
      });
    }
  });
  return units;
}

export interface GeneratedInfo {
  file: string;
  cases: number;
  units: number;
  /** Rows spoiled on purpose (impossible dates, completion before receipt). */
  spoiled: number;
}

/** A case row of the shared layout (the 12 columns of HEADER) and what the inline layout adds to it. */
interface CaseRow {
  cells: (string | number | null)[];
  unit: BenchUnit;
}

/**
 * The case rows, received over 2024 (plus ~3 % carried over from late 2023): early, on time, late (≈5 %),
 * still open, withdrawn (1 %), refused (1 %); one row in 5 000 spoiled on purpose. The random draws are
 * made in the same order whatever layout is written, so both layouts hold the same cases.
 */
function caseRows(cases: number, seed: number): { units: BenchUnit[]; rows: Iterable<CaseRow>; spoiled: () => number } {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const calendar = WorkCalendar.builtIn();
  const units = makeUnits(random);
  const totalWeight = units.reduce((s, u) => s + u.weight, 0);
  const cumulative: number[] = [];
  units.reduce((s, u) => (cumulative.push(s + u.weight), s + u.weight), 0);
  const pickUnit = (): BenchUnit => {
    const r = random() * totalWeight;
    let lo = 0;
    while (cumulative[lo] <= r) lo++;
    return units[lo];
  };
  const handlers = new Map(units.map((u) => [u, Array.from({ length: 3 }, () => `${pick(FAMILY)} ${random() < 0.5 ? 'Văn' : 'Thị'} ${pick(GIVEN)}`)]));

  const start = dayFromYmd(2024, 1, 1);
  const end = dayFromYmd(2024, 12, 31);
  const workDays: DayNumber[] = [];
  for (let d = dayFromYmd(2023, 11, 15); d <= end; d++) if (calendar.isWorkingDay(d)) workDays.push(d);
  const firstIn2024 = workDays.findIndex((d) => d >= start);

  // Receipt days sorted, as exports list cases.
  const received: DayNumber[] = Array.from({ length: cases }, () =>
    random() < 0.03 ? workDays[int(firstIn2024)] : workDays[firstIn2024 + int(workDays.length - firstIn2024)],
  ).sort((a, b) => a - b);

  const seq = new Map<string, number>();
  const dateTime = (day: DayNumber, minutes: number): string =>
    `${formatVn(day)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(int(60))}`;
  let spoiled = 0;
  function* rows(): Generator<CaseRow> {
    for (let i = 0; i < cases; i++) {
      const unit = pickUnit();
      const procedure = pick(unit.procedures);
      const day = received[i];
      const minutes = 450 + int(570);
      const due = calendar.addWorkingDays(day, procedure.days);
      const roll = random();
      let completed: DayNumber | null;
      let status = 'Đã trả kết quả';
      if (roll < 0.01) {
        status = 'Công dân yêu cầu rút hồ sơ';
        completed = calendar.addWorkingDays(day, 1 + int(3));
      } else if (roll < 0.025) completed = null;
      else if (roll < 0.075) completed = calendar.addWorkingDays(due, 1 + int(6));
      else if (roll < 0.4) completed = due;
      else completed = calendar.addWorkingDays(day, int(Math.max(1, procedure.days)));
      if (completed !== null && completed > end) completed = null;
      if (completed === null && status !== 'Công dân yêu cầu rút hồ sơ') status = pick(OPEN_STATUSES);
      else if (completed !== null && status === 'Đã trả kết quả') {
        const r = random();
        if (r < 0.01) status = 'Từ chối giải quyết';
        else if (r < 0.05) status = 'Đã xử lý xong';
      }
      const share = CHANNEL_SHARE[unit.level];
      const c = random();
      const { year, month, day: dd } = ymdFromDay(day);
      const prefix = `${unit.code}-${pad(year % 100)}${pad(month)}${pad(dd)}`;
      const n = (seq.get(prefix) ?? 0) + 1;
      seq.set(prefix, n);
      const cells: (string | number | null)[] = [
        i + 1,
        `${prefix}-${pad(n, 4)}`,
        procedure.name,
        procedure.field,
        `${pick(FAMILY)} ${random() < 0.5 ? 'Văn' : 'Thị'} ${pick(GIVEN)}`,
        unit.name,
        dateTime(day, minutes),
        formatVn(due),
        completed === null ? null : dateTime(completed, Math.min(1019, (completed === day ? minutes : 450) + int(300))),
        status,
        c < share.online ? 'Nộp trực tuyến' : c < share.online + share.postal ? 'Qua bưu chính công ích' : 'Trực tiếp',
        pick(handlers.get(unit)!),
      ];
      if (i % 5000 === 2500) {
        spoiled++;
        if ((i / 5000) % 2 < 1) cells[6] = `31/02/2024 ${pad(8 + int(8))}:${pad(int(60))}:00`;
        else {
          cells[8] = dateTime(day - 1, 900);
          cells[9] = 'Đã trả kết quả';
        }
      }
      yield { cells, unit };
    }
  }
  return { units, rows: rows(), spoiled: () => spoiled };
}

/** The two layouts the bench measures (`--layout`). */
export const LAYOUTS = ['shared', 'inline'] as const;
export type Layout = (typeof LAYOUTS)[number];

/**
 * Writes `cases` case rows in the layout asked for: `shared` (the 12 columns above, shared strings as Excel
 * writes them) or `inline` (14 columns, every text an inline string: see inline-layout.ts).
 */
export async function generateWorkbook(file: string, cases: number, seed = 2024, layout: Layout = 'shared'): Promise<GeneratedInfo> {
  const { units, rows, spoiled } = caseRows(cases, seed);
  if (layout === 'inline') await writeInlineLayout(file, { caseSheet: CASE_SHEET, header: HEADER, units, rows, random: prng(seed + 1) });
  else await writeSharedLayout(file, units, rows);
  return { file, cases, units: units.length, spoiled: spoiled() };
}

const TITLE = 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH TIẾP NHẬN VÀ GIẢI QUYẾT NĂM 2024';

/** Written with ExcelJS's streaming WorkbookWriter, so 200 000 rows take seconds. */
async function writeSharedLayout(file: string, units: BenchUnit[], rows: Iterable<CaseRow>): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(CASE_SHEET);
  ws.columns = [6, 30, 60, 28, 22, 34, 20, 13, 20, 26, 22, 20].map((width) => ({ width }));
  ws.addRow([TITLE]);
  ws.mergeCells('A1:L1');
  ws.getRow(1).commit();
  ws.addRow([]).commit();
  const header = ws.addRow(HEADER);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) ws.addRow(row.cells).commit();
  ws.commit();

  const list = wb.addWorksheet('Danh mục đơn vị');
  list.addRow(['Tên đơn vị', 'Cấp', 'Huyện']).commit();
  for (const u of units) list.addRow([u.name, u.level, u.district]).commit();
  list.commit();
  await wb.commit();
}
