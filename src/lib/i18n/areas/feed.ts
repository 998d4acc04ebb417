import { defineArea } from './define';

// Calendar feeds.
export const feed = defineArea(
	{
		'feed.title': '日历订阅',
		'feed.help':
			'在 Outlook、Apple 日历或 Google 日历中订阅此地址，即可看到您参与的所有项目的里程碑与阶段关口评审。地址相当于密码，请勿外传。',
		'feed.create': '生成订阅地址',
		'feed.renew': '重新生成（旧地址立即失效）',
		'feed.revoke': '停用订阅',
		'feed.created': '订阅地址已生成',
		'feed.revoked': '日历订阅已停用',
		'feed.url': '订阅地址（只显示这一次）',
		'feed.since': '当前订阅生成于 {when}'
	},
	{
		'feed.title': 'Calendar subscription',
		'feed.help':
			'Subscribe to this address in Outlook, Apple Calendar or Google Calendar to see the milestones and gate reviews of all your projects. The address works like a password: keep it to yourself.',
		'feed.create': 'Create subscription address',
		'feed.renew': 'Renew (the old address stops working)',
		'feed.revoke': 'Turn subscription off',
		'feed.created': 'Subscription address created',
		'feed.revoked': 'Calendar subscription turned off',
		'feed.url': 'Subscription address (shown once)',
		'feed.since': 'Current subscription created {when}'
	}
);
