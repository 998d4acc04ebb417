import { defineArea } from './define';

// Instance user management.
export const admin = defineArea(
	{
		'admin.title': '用户管理',
		'admin.only': '只有实例管理员可以管理用户',
		'admin.createUser': '创建用户',
		'admin.initialPassword': '初始密码',
		'admin.userCreated': '已创建用户 {name}',
		'admin.role': '权限',
		'admin.isAdmin': '管理员',
		'admin.isUser': '普通用户',
		'admin.grantOf': '设 {name} 为管理员',
		'admin.revokeOf': '取消 {name} 的管理员权限',
		'admin.granted': '已授予管理员权限',
		'admin.revoked': '已取消管理员权限',
		'admin.lastAdmin': '实例至少需要保留一名管理员',
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
		'admin.title': 'Users',
		'admin.only': 'Only instance administrators manage users',
		'admin.createUser': 'Create user',
		'admin.initialPassword': 'Initial password',
		'admin.userCreated': 'Created user {name}',
		'admin.role': 'Access',
		'admin.isAdmin': 'Administrator',
		'admin.isUser': 'User',
		'admin.grantOf': 'Make {name} an administrator',
		'admin.revokeOf': 'Remove administrator rights from {name}',
		'admin.granted': 'Administrator rights granted',
		'admin.revoked': 'Administrator rights removed',
		'admin.lastAdmin': 'The instance must keep at least one administrator',
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
