import { defineArea } from './define';

// Registration by e-mail.
export const register = defineArea(
	{
		'register.sentTitle': '请查收邮件',
		'register.sent':
			'我们已向 {email} 发送一封邮件。请打开邮件中的链接完成注册；如果这个地址已经注册过，邮件会告诉你如何登录。',
		'register.sentOperator':
			'本实例不直接发送邮件：邮件保存在发件箱中，由管理员转交。若未收到，请联系实例管理员。',
		'register.confirmTitle': '完成注册',
		'register.confirmHelp': '确认以 {email} 创建账号“{name}”并登录。',
		'register.confirm': '确认并登录',
		'register.linkInvalid': '此注册链接无效或已过期，请重新注册',
		'register.alreadyRegistered': '这个邮箱已经完成注册，请直接登录'
	},
	{
		'register.sentTitle': 'Check your email',
		'register.sent':
			'We have sent a message to {email}. Follow the link in it to finish registering; if this address already has an account, the message tells you how to log in.',
		'register.sentOperator':
			'This instance sends no email itself: messages wait in its outbox for an administrator to pass on. If nothing arrives, contact your instance administrator.',
		'register.confirmTitle': 'Finish registering',
		'register.confirmHelp': 'Confirm to create the account “{name}” for {email} and log in.',
		'register.confirm': 'Confirm and log in',
		'register.linkInvalid': 'This registration link is invalid or has expired; please register again',
		'register.alreadyRegistered': 'This email has already been registered; please log in'
	}
);
