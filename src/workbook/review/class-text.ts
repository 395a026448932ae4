/**
 * A class as provinces print it — «Xuất sắc», «XUẤT SẮC», «Hoàn thành xuất sắc», «Loại Tốt», «Xếp loại:
 * Khá» — compared with the profile's label («Xuất sắc»).
 */
import { foldText } from '../../domain/text';

const PREFIX = /^(ket qua )?(xep loai|phan loai|loai|muc|dat)\s*:?\s*/;
const COMPLETED = /^hoan thanh (\S.*?)( nhiem vu)?$/;

function core(text: string): string {
  const folded = foldText(text).replace(/[.;]+$/, '').trim();
  const bare = folded.replace(PREFIX, '');
  // «Hoàn thành xuất sắc (nhiệm vụ)» is the class «Xuất sắc»; «Không xếp loại» keeps its words.
  return COMPLETED.exec(bare)?.[1] ?? bare;
}

export const sameClass = (printed: string | null, label: string): boolean => printed !== null && core(printed) === core(label);
