import { defineArea } from './define';

// Project members, their sides and roles.
export const members = defineArea(
	{
		'members.listTitle': '项目成员（{count}）',
		'members.addTitle': '添加成员',
		'members.addHelp': '输入已注册用户的邮箱，选择其所属方和项目角色。“负责人”拥有本方的签署权。',
		'members.userEmail': '用户邮箱',
		'members.add': '添加成员',
		'members.added': '已添加 {name}',
		'members.updated': '已更新 {name}',
		'members.removed': '成员已移除',
		'members.editOf': '编辑 {name}',
		'members.removeOf': '移除 {name}',
		'members.you': '我',
		'members.userNotFound': '没有使用该邮箱注册的用户，请让对方先注册',
		'members.alreadyMember': '该用户已是项目成员',
		'members.lastManager': '项目至少需要保留一名项目经理',
		'members.notSelf': '不能修改自己的所属方或角色，请由本项目另一位项目经理操作',
		'members.selfNote': '自己的所属方和角色只能由其他项目经理修改',
		'members.sideFixed':
			'{name} 已在本项目签署过，所属方已固定：请提交所属方变更申请，由另一方的项目经理或负责人确认',
		'members.sideFixedNote': '已签署，所属方已固定',
		'members.sideFixedRejoin':
			'{name} 曾在本项目以另一所属方签署，只能以原所属方重新加入；之后如需变更，请提交所属方变更申请'
	},
	{
		'members.listTitle': 'Project members ({count})',
		'members.addTitle': 'Add a member',
		'members.addHelp':
			"Enter a registered user's email and choose their side and project roles. A Lead signs for their side.",
		'members.userEmail': "User's email",
		'members.add': 'Add member',
		'members.added': 'Added {name}',
		'members.updated': 'Updated {name}',
		'members.removed': 'Member removed',
		'members.editOf': 'Edit {name}',
		'members.removeOf': 'Remove {name}',
		'members.you': 'me',
		'members.userNotFound': 'No user is registered with this email; ask them to register first',
		'members.alreadyMember': 'This user is already a member of the project',
		'members.lastManager': 'A project must keep at least one project manager',
		'members.notSelf':
			'You cannot change your own side or roles; another project manager of this project has to do it',
		'members.selfNote': 'Only another project manager can change your own side and roles',
		'members.sideFixed':
			'{name} has signed in this project, so their side is fixed: request a side change for a project manager or lead of the other side to approve',
		'members.sideFixedNote': 'Has signed; side fixed',
		'members.sideFixedRejoin':
			'{name} has signed in this project for another side and can rejoin only on that side; then request a side change if needed'
	}
);
