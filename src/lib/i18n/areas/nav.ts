import { defineArea } from './define';

// The main navigation.
export const nav = defineArea(
	{
		'nav.main': '主导航',
		'nav.skip': '跳到主要内容',
		'nav.projects': '项目',
		'nav.settings': '个人设置',
		'nav.admin': '用户管理',
		'nav.logout': '退出登录',
		'nav.switchLanguage': 'English'
	},
	{
		'nav.main': 'Main navigation',
		'nav.skip': 'Skip to main content',
		'nav.projects': 'Projects',
		'nav.settings': 'Settings',
		'nav.admin': 'Users',
		'nav.logout': 'Log out',
		'nav.switchLanguage': '中文'
	}
);
