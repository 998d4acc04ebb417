import { defineArea } from './define';

// The notifications list.
export const notifications = defineArea(
	{
		'notifications.title': '通知',
		'notifications.unread': '{count} 条未读通知',
		'notifications.empty': '暂无通知',
		'notifications.markRead': '全部标为已读',
		'notifications.kind.sideRequest': '成员',
		'notifications.kind.slotsChanged': '签署设置'
	},
	{
		'notifications.title': 'Notifications',
		'notifications.unread': '{count} unread notifications',
		'notifications.empty': 'No notifications',
		'notifications.markRead': 'Mark all as read',
		'notifications.kind.sideRequest': 'Members',
		'notifications.kind.slotsChanged': 'Sign-off settings'
	}
);
