import { defineArea } from './define';

// Account protection: disabled accounts, password rules.
export const account = defineArea(
	{
		'account.passwordHint':
			'至少 8 个字符；可以使用一句话或几个词。常见密码、重复同一字符或包含邮箱用户名的密码不可用',
		'account.passwordChangeHint':
			'修改后，其他设备上的登录会退出，所有 API 访问令牌会被吊销。至少 8 个字符；常见密码、重复同一字符或包含邮箱用户名的密码不可用',
		'account.throttledFor': '尝试过于频繁，请 {seconds} 秒后再试',
		'account.newDeviceLocked':
			'此账户近一小时内错误密码过多，为防止他人猜测，暂时只接受曾在本账户登录过的设备。请在你常用的浏览器上登录，或约 {minutes} 分钟后再试。',
		'account.disabled': '此账户已被管理员停用，请联系实例管理员',
		'account.tokenExpired': '此 API 访问令牌已过期，请在“个人设置 → API 访问令牌”中创建新令牌',
		'account.passwordChanged': '密码已修改，其他设备上的登录已退出，所有 API 访问令牌已吊销'
	},
	{
		'account.passwordHint':
			'At least 8 characters; a sentence or a few words work well. Common passwords, one character repeated, or your email name are refused.',
		'account.passwordChangeHint':
			'Changing it signs you out on every other device and revokes every API access token. At least 8 characters; common passwords, one character repeated, or your email name are refused.',
		'account.throttledFor': 'Too many attempts; please try again in {seconds} seconds',
		'account.newDeviceLocked':
			'This account has had too many wrong passwords in the last hour. To stop guessing, only browsers that have signed in to it before are accepted for now. Sign in from your usual browser, or try again in about {minutes} minutes.',
		'account.disabled':
			'This account has been disabled by an administrator; please contact your instance administrator',
		'account.tokenExpired':
			'This API access token has expired; create a new one under Settings → API access tokens',
		'account.passwordChanged':
			'Password changed; your other sessions were signed out and every API access token was revoked'
	}
);
