/** The national index in a rules profile: validated at load, every problem named in Vietnamese. */
import dienbien1187 from '../../../src/domain/scoring/profiles/dienbien-1187.json';
import tt012018 from '../../../src/domain/scoring/profiles/tt01-2018.json';
import { loadProfile, type ProfileProblem } from '../../../src/domain/scoring';
import { problemsOf, profileCopy } from '../../support/profile-problems';

/** The national index of a profile document, loosely typed: the tests put wrong values in it. */
interface LooseIndex {
  withdrawnCases: string;
  groups: { id: string; metrics: Record<string, unknown>[] }[];
}

function indexProblemsOf(edit: (index: LooseIndex) => void): readonly ProfileProblem[] {
  const input = profileCopy() as { nationalIndex: LooseIndex };
  edit(input.nationalIndex);
  return problemsOf(input);
}

describe('nationalIndex in a profile', () => {
  it('is the same in both built-in profiles: six groups of 100 points, withdrawn cases on time', () => {
    expect(tt012018.nationalIndex).toEqual(dienbien1187.nationalIndex);
    const { groups, withdrawnCases } = loadProfile(dienbien1187).nationalIndex;
    expect(withdrawnCases).toBe('onTime');
    const maxima = groups.map((g) => [g.id, g.metrics.reduce((s, m) => s + m.max, 0)]);
    expect(maxima).toEqual([['cong-khai', 18], ['tien-do', 20], ['truc-tuyen', 12], ['thanh-toan', 10], ['so-hoa', 22], ['hai-long', 18]]);
    // The split of the online group between its parts is not settled by a text (RULES.md §7): said so.
    expect(groups.find((g) => g.id === 'truc-tuyen')!.splitSettled).toBe(false);
  });

  it('is required', () => {
    const input: Partial<typeof dienbien1187> = structuredClone(dienbien1187);
    delete input.nationalIndex;
    expect(() => loadProfile(input)).toThrow('- nationalIndex: thiếu trường bắt buộc');
  });

  it('names a bad withdrawn rule, a maximum of 0 and a missing threshold', () => {
    expect(
      indexProblemsOf((n) => {
        n.withdrawnCases = 'late';
        n.groups[1].metrics[0].max = 0;
        delete n.groups[2].metrics[0].fullAtPercent;
      }),
    ).toEqual([
      { path: 'nationalIndex.withdrawnCases', message: 'phải là một trong: "onTime", "notCounted"; đang là "late"' },
      { path: 'nationalIndex.groups[1].metrics[0].max', message: 'phải > 0, đang là 0' },
      { path: 'nationalIndex.groups[2].metrics[0].fullAtPercent', message: 'thiếu trường bắt buộc' },
    ]);
  });

  it('names a metric id that cannot tag a column', () => {
    expect(indexProblemsOf((n) => void (n.groups[0].metrics[1].id = 'Công khai'))).toEqual([
      { path: 'nationalIndex.groups[0].metrics[1].id', message: 'chỉ gồm chữ thường không dấu, chữ số và gạch ngang, đang là "Công khai"' },
    ]);
  });

  it('refuses a group twice, a metric id twice, a rate used twice, a threshold on a typed metric', () => {
    expect(
      indexProblemsOf((n) => {
        n.groups[5].id = 'so-hoa';
        n.groups[0].metrics[1].id = 'dong-bo';
        n.groups[4].metrics[1].source = 'digitisedFile';
        n.groups[3].metrics[1].fullAtPercent = 50;
      }),
    ).toEqual([
      { path: 'nationalIndex.groups[0].metrics[1].id', message: 'mã chỉ số «dong-bo» đã dùng ở nationalIndex.groups[0].metrics[0]' },
      { path: 'nationalIndex.groups[3].metrics[1].fullAtPercent', message: 'chỉ số nhập tay không có ngưỡng (chỉ dùng cho chỉ số tính từ hồ sơ)' },
      { path: 'nationalIndex.groups[4].metrics[1].source', message: 'nguồn «digitisedFile» đã dùng ở nationalIndex.groups[4].metrics[0]' },
      { path: 'nationalIndex.groups[5].id', message: 'nhóm «so-hoa» đã có ở nationalIndex.groups[4]' },
    ]);
  });

  it('needs Tiến độ computed from the rows, in its own group', () => {
    expect(indexProblemsOf((n) => void (n.groups[1].metrics[0] = { id: 'dung-han', name: 'Tiến độ', max: 20, source: 'entered' }))).toEqual([
      { path: 'nationalIndex.groups', message: 'thiếu chỉ số Tiến độ giải quyết tính từ hồ sơ (nguồn «progress») trong nhóm «tien-do»' },
    ]);
    expect(
      indexProblemsOf((n) => {
        n.groups[0].metrics[0].source = 'progress';
        n.groups[1].metrics[0].source = 'synced';
      }),
    ).toEqual([{ path: 'nationalIndex.groups[0].metrics[0].source', message: 'chỉ số tính từ nguồn «progress» phải thuộc nhóm «tien-do»' }]);
  });
});
