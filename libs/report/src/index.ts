export * from './report-input';
export { appendixTitleLines, type AppendixTitleLines } from './appendix-title-lines';
export { summaryLines } from './summary-lines';
export { reportBodyText, type ReportBodyText } from './report-body-text';
export { reportColumns, appendixRows, type AppendixColumn, type AppendixRow } from './appendix-table';
export { buildAppendixDocx } from './build-appendix-docx';
export { buildAppendixXlsx } from './build-appendix-xlsx';
export { buildAppendixPdf } from './build-appendix-pdf';
export { buildReportDocx } from './build-report-docx';
