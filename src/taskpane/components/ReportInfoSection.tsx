/**
 * «Thông tin văn bản», folded by default under the period: the agencies, number, date and signers printed
 * in the frame of every document to sign, as `Thông tin báo cáo` holds them. What is changed here is
 * written into that sheet by the run.
 */
import { useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Text, Textarea } from '@fluentui/react-components';
import { REPORT_INFO_SHEET } from '../../workbook/sheet-names';
import { REPORT_INFO_FIELDS, type ReportInfo, type ReportInfoKey } from '../../workbook/report-info/report-info';
import { reportInfoDrafts, reportInfoEdits, type ReportInfoDrafts, type ReportInfoEdits } from '../report-info-form';
import { useStepStyles } from '../styles';
import { DateField } from './DateField';

interface ReportInfoSectionProps {
  /** What the workbook's `Thông tin báo cáo` holds now. */
  saved: ReportInfo;
  /** The items changed so far, and whether they can be used (a date that cannot be read cannot). */
  onChange(edits: ReportInfoEdits, ok: boolean): void;
}

export function ReportInfoSection({ saved, onChange }: ReportInfoSectionProps) {
  const styles = useStepStyles();
  const [drafts, setDrafts] = useState<ReportInfoDrafts>(() => reportInfoDrafts(saved));
  const { dateError } = reportInfoEdits(drafts, saved);
  const type = (key: ReportInfoKey, text: string) => {
    const next = { ...drafts, [key]: text };
    setDrafts(next);
    const read = reportInfoEdits(next, saved);
    onChange(read.edits, read.dateError === undefined);
  };
  return (
    <Accordion collapsible>
      <AccordionItem value="report-info">
        <AccordionHeader size="small">Thông tin văn bản</AccordionHeader>
        <AccordionPanel>
          <div className={styles.section}>
            <Text size={200} className={styles.muted}>
              In ở đầu và phần ký của các biểu; lấy từ sheet «{REPORT_INFO_SHEET}», sửa ở đây thì được ghi lại vào sheet khi chấm điểm. Mục để trống in dấu «…» để ghi tay.
            </Text>
            {REPORT_INFO_FIELDS.map(({ key, label, example }) =>
              key === 'date' ? (
                <DateField key={key} label={label} text={drafts.date} error={dateError} onChange={(t) => type(key, t)} />
              ) : (
                <Field key={key} label={label} size="small">
                  {key === 'signerTitle' ? (
                    <Textarea size="small" rows={2} placeholder={example} value={drafts[key]} onChange={(_, d) => type(key, d.value)} />
                  ) : (
                    <Input size="small" placeholder={example} value={drafts[key]} onChange={(_, d) => type(key, d.value)} />
                  )}
                </Field>
              ),
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
