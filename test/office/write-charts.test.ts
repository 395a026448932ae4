/** The add-in's charts (ExcelApi 1.1 + 1.7's plot order) on the fake Excel: what each call sets, and no sync of their own. */
import { chartSource, writeCharts } from '../../src/office/write-charts';
import { WriteBatch } from '../../src/office/write-batch';
import type { ChartModel, SheetModel } from '../../src/workbook/sheet-model';
import { chartSample } from '../support/chart-sample';
import { FakeExcel } from './fake-excel';

const col = (c: number, top: number, bottom: number): ChartModel['anchor'] => ({ top, left: c, bottom, right: c });

const bar: ChartModel = {
  kind: 'bar', title: 'Tỷ lệ trễ hạn (% số hồ sơ đã giải quyết) — cấp xã', categoryAxisTitle: 'Đơn vị cấp xã', valueAxisTitle: 'Tỷ lệ trễ hạn (%)',
  series: [{ name: 'Tỷ lệ trễ hạn (%)', categories: col(2, 5, 17), values: col(3, 5, 17) }], numFmt: '0.00', anchor: { top: 4, left: 5, bottom: 19, right: 12 },
};
const stacked: ChartModel = {
  kind: 'stackedColumn', title: 'Số đơn vị theo xếp loại 1187, từng cấp', categoryAxisTitle: 'Cấp', valueAxisTitle: 'Số đơn vị',
  series: [{ name: 'Tốt', categories: col(2, 30, 32), values: col(3, 30, 32) }, { name: 'Yếu', categories: col(2, 30, 32), values: col(4, 30, 32) }],
  numFmt: '0', valueMax: 25, anchor: { top: 34, left: 1, bottom: 52, right: 12 },
};

const sheetWith = (charts: ChartModel[]): SheetModel => ({ name: 'Biểu đồ', rows: [], widths: [], merges: [], print: { orientation: 'landscape', fitToWidth: true }, charts, kind: 'result' });

async function write(model: SheetModel, api = 1.7): Promise<FakeExcel> {
  const fake = new FakeExcel(api);
  const sheet = fake.addSheet('Biểu đồ');
  const batch = new WriteBatch(fake.context);
  await writeCharts(batch, sheet as unknown as Excel.Worksheet, model);
  await batch.flush();
  return fake;
}

describe('writeCharts', () => {
  it('adds each chart over its categories and value columns, with titles, series names, bounds and position', async () => {
    const fake = await write(sheetWith([bar, stacked]));
    const [first, second] = fake.sheet('Biểu đồ')!.addedCharts;
    expect([first.type, first.source.address, first.seriesBy]).toEqual(['BarClustered', 'B5:C17', 'Columns']);
    expect(first.props).toEqual({
      'title.text': bar.title,
      'title.format.font.size': 12,
      'format.font.size': 10,
      'axes.categoryAxis.title.text': 'Đơn vị cấp xã',
      'axes.valueAxis.title.text': 'Tỷ lệ trễ hạn (%)',
      'axes.valueAxis.minimum': 0,
      'axes.categoryAxis.reversePlotOrder': true,
      'legend.visible': false,
      'dataLabels.showValue': true,
    });
    expect(first.seriesNames).toEqual(['Tỷ lệ trễ hạn (%)']);
    expect(first.position).toEqual(['E4', 'L19']);
    expect([second.type, second.source.address]).toEqual(['ColumnStacked', 'B30:D32']);
    expect(second.seriesNames).toEqual(['Tốt', 'Yếu']);
    expect(second.props).toMatchObject({ 'axes.valueAxis.maximum': 25, 'legend.visible': true, 'dataLabels.showValue': false });
    expect(second.props).not.toHaveProperty('axes.categoryAxis.reversePlotOrder');
    expect(second.position).toEqual(['A34', 'L52']);
  });

  it('queues every chart in the batch: one sync for all', async () => {
    const fake = await write(sheetWith([bar, stacked, bar]));
    expect(fake.sheet('Biểu đồ')!.addedCharts).toHaveLength(3);
    expect(fake.syncs).toHaveLength(1);
  });

  it('writes nothing for a sheet without charts', async () => {
    const fake = await write(sheetWith([]));
    expect(fake.syncs).toHaveLength(0);
  });

  it('refuses a series that is not the column beside the previous one (Excel would draw another)', () => {
    const apart: ChartModel = { ...stacked, series: [stacked.series[0], { ...stacked.series[1], values: col(5, 30, 32) }] };
    expect(() => chartSource(apart)).toThrow('series «Yếu» is not the column D beside its categories');
  });

  it('accepts every chart of the sample «Biểu đồ»: the sheet lays its tables out as charts.add reads them', async () => {
    const { model } = await chartSample(true);
    const fake = await write(model);
    const added = fake.sheet('Biểu đồ')!.addedCharts;
    expect(added.map((c) => c.seriesNames)).toEqual(model.charts!.map((c) => c.series.map((s) => s.name)));
    expect(added.map((c) => c.props['title.text'])).toEqual(model.charts!.map((c) => c.title));
  });
});
