import { defineArea } from './define';

// E-mails the server sends.
export const mail = defineArea(
	{
		'mail.confirmSubject': '完成 CRM 实施工作台的注册',
		'mail.confirmBody':
			'{name}，你好：\n\n有人（希望是你）用这个邮箱注册了 CRM 实施工作台。打开下面的链接完成注册（{hours} 小时内有效）：\n\n{link}\n\n如果不是你本人操作，忽略这封邮件即可。',
		'mail.existingSubject': 'CRM 实施工作台：此邮箱已有账号',
		'mail.existingBody':
			'你好：\n\n有人（希望是你）尝试用这个邮箱注册 CRM 实施工作台，但这个邮箱已经有账号了。请直接登录：\n\n{link}\n\n忘记密码请联系实例管理员。如果不是你本人操作，忽略这封邮件即可。'
	},
	{
		'mail.confirmSubject': 'Finish registering with the CRM Implementation Workbench',
		'mail.confirmBody':
			'Hello {name},\n\nSomeone (we hope you) registered this address with the CRM Implementation Workbench. Open this link to finish (valid for {hours} hours):\n\n{link}\n\nIf it was not you, ignore this message.',
		'mail.existingSubject': 'CRM Implementation Workbench: this address already has an account',
		'mail.existingBody':
			'Hello,\n\nSomeone (we hope you) tried to register this address with the CRM Implementation Workbench, but it already has an account. Log in here:\n\n{link}\n\nIf you forgot your password, ask your instance administrator. If it was not you, ignore this message.'
	}
);
