import { defineArea } from './define';

// Working calendars.
export const calendar = defineArea(
	{
		'calendar.title': '工作日历',
		'calendar.help':
			'中国法定节假日与调休安排由国务院每年公布。项目内置 2025、2026 年；新的一年公布后请在此添加，所有使用中国日历的项目立即按新安排计算。',
		'calendar.years': '已有年份',
		'calendar.addYear': '添加或更正一年的安排',
		'calendar.year': '年份',
		'calendar.holidays': '放假日期（每行：开始日期,结束日期,名称）',
		'calendar.workdays': '调休上班日期（每行一个日期）',
		'calendar.saveYear': '保存该年安排',
		'calendar.yearSaved': '{year} 年的安排已保存',
		'calendar.exceptions': '其他例外日期',
		'calendar.exceptionDate': '日期',
		'calendar.exceptionKind': '类型',
		'calendar.nonWorking': '休息日',
		'calendar.working': '工作日',
		'calendar.remove': '删除该例外',
		'calendar.note': '说明',
		'calendar.saveException': '保存例外日期',
		'calendar.exceptionSaved': '例外日期已保存',
		'calendar.badLine': '第 {line} 行格式不正确：{text}',
		'calendar.dateOutsideYear': '日期 {date} 不在所填年份内',
		'calendar.rangeReversed': '{date} 开始的放假区间结束日期早于开始日期'
	},
	{
		'calendar.title': 'Working calendar',
		'calendar.help':
			'China’s statutory holidays and make-up workdays are published by the State Council each year. 2025 and 2026 ship with the product; add each new year here and every project on the Chinese calendar uses it at once.',
		'calendar.years': 'Years on file',
		'calendar.addYear': 'Add or correct a year',
		'calendar.year': 'Year',
		'calendar.holidays': 'Holidays (one per line: start,end,name)',
		'calendar.workdays': 'Make-up workdays (one date per line)',
		'calendar.saveYear': 'Save year',
		'calendar.yearSaved': 'Arrangement for {year} saved',
		'calendar.exceptions': 'Other exceptions',
		'calendar.exceptionDate': 'Date',
		'calendar.exceptionKind': 'Kind',
		'calendar.nonWorking': 'Non-working',
		'calendar.working': 'Working',
		'calendar.remove': 'Remove exception',
		'calendar.note': 'Note',
		'calendar.saveException': 'Save exception',
		'calendar.exceptionSaved': 'Exception saved',
		'calendar.badLine': 'Line {line} is not valid: {text}',
		'calendar.dateOutsideYear': 'Date {date} is not in the given year',
		'calendar.rangeReversed': 'The holiday starting {date} ends before it starts'
	}
);
