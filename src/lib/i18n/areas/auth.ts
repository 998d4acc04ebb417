import { defineArea } from './define';

// Accounts and their protection: login throttling, password rules, registration by e-mail, API token expiry,
// disabled accounts.
export const auth = defineArea(
	{
		'validation.passwordBlank': '密码不能只由空格或控制字符组成',
		'validation.passwordOneCharacter': '密码不能只重复同一个字符',
		'validation.passwordContainsEmail': '密码不能包含邮箱 @ 前面的用户名部分',
		'validation.tokenLifetime': '请选择 7、30、90 或 365 天的有效期',
		'account.passwordHint':
			'至少 8 个字符；可以使用一句话或几个词。常见密码、重复同一字符或包含邮箱用户名的密码不可用',
		'account.passwordChangeHint':
			'修改后，其他设备上的登录会退出，所有 API 访问令牌会被吊销。至少 8 个字符；常见密码、重复同一字符或包含邮箱用户名的密码不可用',
		'account.throttledFor': '尝试过于频繁，请 {seconds} 秒后再试',
		'account.newDeviceLocked':
			'此账户近一小时内错误密码过多，为防止他人猜测，暂时只接受曾在本账户登录过的设备。请在你常用的浏览器上登录，或约 {minutes} 分钟后再试。',
		'account.disabled': '此账户已被管理员停用，请联系实例管理员',
		'account.tokenExpired': '此 API 访问令牌已过期，请在“个人设置 → API 访问令牌”中创建新令牌',
		'account.passwordChanged': '密码已修改，其他设备上的登录已退出，所有 API 访问令牌已吊销',
		'field.expiresInDays': '有效期',
		'token.lifetime': '{days} 天',
		'token.expires': '到期时间',
		'token.expired': '已过期',
		'token.expiredOn': '已于 {when} 过期',
		'register.sentTitle': '请查收邮件',
		'register.sent':
			'我们已向 {email} 发送一封邮件。请打开邮件中的链接完成注册；如果这个地址已经注册过，邮件会告诉你如何登录。',
		'register.sentOperator':
			'本实例不直接发送邮件：邮件保存在发件箱中，由管理员转交。若未收到，请联系实例管理员。',
		'register.confirmTitle': '完成注册',
		'register.confirmHelp': '确认以 {email} 创建账号“{name}”并登录。',
		'register.confirm': '确认并登录',
		'register.linkInvalid': '此注册链接无效或已过期，请重新注册',
		'register.alreadyRegistered': '这个邮箱已经完成注册，请直接登录',
		'mail.confirmSubject': '完成 CRM 实施工作台的注册',
		'mail.confirmBody':
			'{name}，你好：\n\n有人（希望是你）用这个邮箱注册了 CRM 实施工作台。打开下面的链接完成注册（{hours} 小时内有效）：\n\n{link}\n\n如果不是你本人操作，忽略这封邮件即可。',
		'mail.existingSubject': 'CRM 实施工作台：此邮箱已有账号',
		'mail.existingBody':
			'你好：\n\n有人（希望是你）尝试用这个邮箱注册 CRM 实施工作台，但这个邮箱已经有账号了。请直接登录：\n\n{link}\n\n忘记密码请联系实例管理员。如果不是你本人操作，忽略这封邮件即可。',
		'admin.status': '状态',
		'admin.active': '正常',
		'admin.disabledSince': '已停用（{when}）',
		'admin.disableOf': '停用 {name}',
		'admin.enableOf': '启用 {name}',
		'admin.userDisabled': '已停用该用户：其登录、会话和 API 访问令牌均已失效',
		'admin.userEnabled': '已重新启用该用户',
		'admin.cannotDisableSelf': '不能停用你自己的账号'
	},
	{
		'validation.passwordBlank': 'The password cannot consist only of spaces or control characters',
		'validation.passwordOneCharacter': 'The password cannot be one character repeated',
		'validation.passwordContainsEmail': 'The password cannot contain the part of your email before the @',
		'validation.tokenLifetime': 'Choose a lifetime of 7, 30, 90 or 365 days',
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
			'Password changed; your other sessions were signed out and every API access token was revoked',
		'field.expiresInDays': 'Valid for',
		'token.lifetime': '{days} days',
		'token.expires': 'Expires',
		'token.expired': 'Expired',
		'token.expiredOn': 'Expired on {when}',
		'register.sentTitle': 'Check your email',
		'register.sent':
			'We have sent a message to {email}. Follow the link in it to finish registering; if this address already has an account, the message tells you how to log in.',
		'register.sentOperator':
			'This instance sends no email itself: messages wait in its outbox for an administrator to pass on. If nothing arrives, contact your instance administrator.',
		'register.confirmTitle': 'Finish registering',
		'register.confirmHelp': 'Confirm to create the account “{name}” for {email} and log in.',
		'register.confirm': 'Confirm and log in',
		'register.linkInvalid': 'This registration link is invalid or has expired; please register again',
		'register.alreadyRegistered': 'This email has already been registered; please log in',
		'mail.confirmSubject': 'Finish registering with the CRM Implementation Workbench',
		'mail.confirmBody':
			'Hello {name},\n\nSomeone (we hope you) registered this address with the CRM Implementation Workbench. Open this link to finish (valid for {hours} hours):\n\n{link}\n\nIf it was not you, ignore this message.',
		'mail.existingSubject': 'CRM Implementation Workbench: this address already has an account',
		'mail.existingBody':
			'Hello,\n\nSomeone (we hope you) tried to register this address with the CRM Implementation Workbench, but it already has an account. Log in here:\n\n{link}\n\nIf you forgot your password, ask your instance administrator. If it was not you, ignore this message.',
		'admin.status': 'Status',
		'admin.active': 'Active',
		'admin.disabledSince': 'Disabled ({when})',
		'admin.disableOf': 'Disable {name}',
		'admin.enableOf': 'Enable {name}',
		'admin.userDisabled': 'User disabled: their sign-in, sessions and API access tokens no longer work',
		'admin.userEnabled': 'User enabled again',
		'admin.cannotDisableSelf': 'You cannot disable your own account'
	}
);
