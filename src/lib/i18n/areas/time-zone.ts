import { defineArea } from './define';

// The project's time zone: every instant in its pages and documents is shown in it, with UTC beside.
export const timeZone = defineArea(
	{
		'timeZone.title': '时区',
		'timeZone.field': '项目时区',
		'timeZone.help':
			'项目页面和文档里的时间都按这个时区显示，鼠标悬停可看到 UTC 时间。请填写 IANA 时区名称，例如 Asia/Shanghai、Asia/Hong_Kong、Europe/Berlin。',
		'timeZone.invalid': '{field}不是有效的 IANA 时区名称（例如 Asia/Shanghai）',
		'timeZone.saved': '时区已改为 {zone}',
		'timeZone.now': '此时区现在是 {time}',
		'timeZone.save': '保存时区'
	},
	{
		'timeZone.title': 'Time zone',
		'timeZone.field': 'Project time zone',
		'timeZone.help':
			"Every time in the project's pages and documents is shown in this zone, with UTC on hover. Use an IANA name such as Asia/Shanghai, Asia/Hong_Kong or Europe/Berlin.",
		'timeZone.invalid': '{field} is not a valid IANA time zone name (e.g. Asia/Shanghai)',
		'timeZone.saved': 'Time zone changed to {zone}',
		'timeZone.now': 'It is now {time} in this zone',
		'timeZone.save': 'Save time zone'
	}
);
