import { defineArea } from './define';

// Inviting people to a project by e-mail before they have an account, and the link's page.
export const invitations = defineArea(
	{
		'invitations.mailSubject': '邀请你加入「{project}」· CRM 实施工作台',
		'invitations.mailBody':
			'你好：\n\n{inviter} 邀请你加入 CRM 实施工作台中的项目「{project}」，所属方：{side}，角色：{roles}。打开下面的链接接受邀请（{days} 天内有效，只能使用一次）：\n\n{link}\n\n如果你不认识邀请人，忽略这封邮件即可。',
		'invitations.invite': '发送邀请',
		'invitations.inviteHelp':
			'对方尚未注册时，点「发送邀请」：对方通过邮件中的链接设置姓名和密码后，即以上面选定的所属方和角色加入项目。',
		'invitations.invited': '已向 {email} 发送邀请，链接 {days} 天内有效',
		'invitations.resent': '已重新发送邀请给 {email}，旧链接已失效',
		'invitations.revoked': '已撤销发给 {email} 的邀请',
		'invitations.listTitle': '待接受的邀请（{count}）',
		'invitations.email': '受邀邮箱',
		'invitations.expires': '有效期至',
		'invitations.invitedBy': '邀请人',
		'invitations.expiredBadge': '已过期',
		'invitations.resend': '重新发送',
		'invitations.revoke': '撤销',
		'invitations.resendOf': '重新发送给 {email}',
		'invitations.revokeOf': '撤销发给 {email} 的邀请',
		'invitations.alreadyMember': '该邮箱已是本项目成员',
		'invitations.pendingExists': '该邮箱已有一份待接受的邀请，可在「待接受的邀请」中重新发送',
		'invitations.tooMany': '本项目待接受的邀请已达 {max} 份，请先撤销不再需要的邀请',
		'invitations.tooManyMails': '发往该邮箱的邮件过多，请稍后再试',
		'invitations.notOpen': '该邀请已被接受或已撤销',
		'invitations.linkInvalid': '邀请链接无效',
		'invitations.accountExists': '该邮箱已有账号，请登录后接受邀请',
		'invitations.otherAccount': '此邀请发给 {email}，请用该邮箱的账号登录后接受',
		'invitations.acceptTitle': '接受项目邀请',
		'invitations.acceptIntro': '{inviter} 邀请你加入「{project}」。',
		'invitations.seat': '所属方：{side}；角色：{roles}',
		'invitations.forEmail': '受邀邮箱：{email}',
		'invitations.validUntil': '链接有效期至 {when}',
		'invitations.createHelp': '设置你的姓名和密码，即可创建账号并加入项目。',
		'invitations.createAndJoin': '创建账号并加入项目',
		'invitations.join': '加入项目',
		'invitations.loginToAccept': '该邮箱已有账号，登录后即可一键接受邀请。',
		'invitations.loginLink': '登录后接受邀请',
		'invitations.signedInAs':
			'你当前登录的账号是 {email}，而此邀请发给 {invited}。请退出登录，再用受邀邮箱登录或创建账号。',
		'invitations.link.pending': '邀请仍然有效',
		'invitations.link.expired': '这个邀请链接已过期。请联系邀请人重新发送邀请。',
		'invitations.link.accepted':
			'这个邀请链接已经使用过，不能再次使用。如果是你接受的，直接登录即可进入项目。',
		'invitations.link.revoked': '这个邀请已被撤销。如仍需加入项目，请联系项目经理。',
		'invitations.link.archived': '该项目已归档，不能再接受邀请。',
		'invitations.link.invalid': '这个邀请链接无效。请检查链接是否完整，或联系邀请人重新发送。',
		'invitations.unusableTitle': '邀请链接无法使用'
	},
	{
		'invitations.mailSubject': 'You are invited to “{project}” · CRM Implementation Workbench',
		'invitations.mailBody':
			'Hello,\n\n{inviter} invites you to the project “{project}” in the CRM Implementation Workbench, on the {side} side as {roles}. Open this link to accept (valid for {days} days, usable once):\n\n{link}\n\nIf you do not know who invited you, ignore this message.',
		'invitations.invite': 'Send invitation',
		'invitations.inviteHelp':
			'For someone without an account, choose “Send invitation”: they set their name and password from the link in the e-mail and join on the side and with the roles chosen above.',
		'invitations.invited': 'Invitation sent to {email}; the link is valid for {days} days',
		'invitations.resent': 'Invitation sent to {email} again; the old link no longer works',
		'invitations.revoked': 'Invitation to {email} revoked',
		'invitations.listTitle': 'Pending invitations ({count})',
		'invitations.email': 'Invited address',
		'invitations.expires': 'Valid until',
		'invitations.invitedBy': 'Invited by',
		'invitations.expiredBadge': 'Expired',
		'invitations.resend': 'Send again',
		'invitations.revoke': 'Revoke',
		'invitations.resendOf': 'Send again to {email}',
		'invitations.revokeOf': 'Revoke the invitation to {email}',
		'invitations.alreadyMember': 'This address already belongs to a member of the project',
		'invitations.pendingExists':
			'This address already has a pending invitation; send it again from “Pending invitations”',
		'invitations.tooMany': 'The project has {max} pending invitations; revoke those no longer needed first',
		'invitations.tooManyMails': 'Too many messages to this address; try again later',
		'invitations.notOpen': 'This invitation was already accepted or revoked',
		'invitations.linkInvalid': 'This invitation link is not valid',
		'invitations.accountExists': 'This address already has an account: log in to accept the invitation',
		'invitations.otherAccount': 'This invitation is for {email}: log in with that address to accept it',
		'invitations.acceptTitle': 'Accept the invitation',
		'invitations.acceptIntro': '{inviter} invites you to “{project}”.',
		'invitations.seat': 'Side: {side}; roles: {roles}',
		'invitations.forEmail': 'Invited address: {email}',
		'invitations.validUntil': 'The link is valid until {when}',
		'invitations.createHelp': 'Choose your name and a password to create your account and join the project.',
		'invitations.createAndJoin': 'Create account and join',
		'invitations.join': 'Join the project',
		'invitations.loginToAccept': 'This address already has an account: log in to accept with one click.',
		'invitations.loginLink': 'Log in to accept',
		'invitations.signedInAs':
			'You are logged in as {email}, but this invitation is for {invited}. Log out, then log in or create the account with the invited address.',
		'invitations.link.pending': 'The invitation is still valid',
		'invitations.link.expired':
			'This invitation link has expired. Ask the person who invited you to send it again.',
		'invitations.link.accepted':
			'This invitation link has already been used and cannot be used again. If you accepted it, just log in to open the project.',
		'invitations.link.revoked':
			'This invitation was revoked. If you still need to join the project, ask its project manager.',
		'invitations.link.archived': 'The project is archived; invitations can no longer be accepted.',
		'invitations.link.invalid':
			'This invitation link is not valid. Check that the link is complete, or ask for a new invitation.',
		'invitations.unusableTitle': 'This invitation link cannot be used'
	}
);
