import { defineArea } from './define';

// Who signs for which side: fixed sides after signing, side-change requests, slot changes, acceptance of tasks.
export const sides = defineArea(
	{
		'members.notSelf': '不能修改自己的所属方或角色，请由本项目另一位项目经理操作',
		'members.selfNote': '自己的所属方和角色只能由其他项目经理修改',
		'members.sideFixed':
			'{name} 已在本项目签署过，所属方已固定：请提交所属方变更申请，由另一方的项目经理或负责人确认',
		'members.sideFixedNote': '已签署，所属方已固定',
		'members.sideFixedRejoin':
			'{name} 曾在本项目以另一所属方签署，只能以原所属方重新加入；之后如需变更，请提交所属方变更申请',
		'sideRequests.title': '待确认的所属方变更',
		'sideRequests.request': '申请变更所属方',
		'sideRequests.requestOf': '申请变更 {name} 的所属方',
		'sideRequests.toSide': '变更为',
		'sideRequests.submit': '提交申请',
		'sideRequests.requested': '已提交所属方变更申请，待另一方的项目经理或负责人确认',
		'sideRequests.item': '{name}：{from} → {to}（{requester} 申请于 {when}）',
		'sideRequests.awaiting': '待{sides}的项目经理或负责人确认',
		'sideRequests.approveOf': '同意 {name} 的所属方变更',
		'sideRequests.declineOf': '拒绝 {name} 的所属方变更',
		'sideRequests.withdrawOf': '撤回 {name} 的所属方变更申请',
		'sideRequests.approved': '所属方变更已生效',
		'sideRequests.declined': '已拒绝所属方变更申请',
		'sideRequests.withdrawn': '已撤回所属方变更申请',
		'sideRequests.sameSide': '新的所属方与当前所属方相同',
		'sideRequests.pendingExists': '该成员已有一项待确认的所属方变更申请',
		'sideRequests.notPending': '该申请已处理或已撤回',
		'sideRequests.requesterOnly': '只有申请人可以撤回该申请',
		'sideRequests.otherSideOnly':
			'只能由申请人以外另一方的项目经理或负责人确认此变更，且不能是变更所涉成员本人',
		'sideRequests.needs.client': '只能由甲方的项目经理或负责人确认此变更，且不能是变更所涉成员本人',
		'sideRequests.needs.vendor': '只能由乙方的项目经理或负责人确认此变更，且不能是变更所涉成员本人',
		'sideRequests.needs.consultant': '只能由顾问方的项目经理或负责人确认此变更，且不能是变更所涉成员本人',
		'sideRequests.sideMoved': '该成员的所属方已经变化，此申请不再适用',
		'notify.sideRequest': '{requester} 申请将 {name} 的所属方由{from}变更为{to}，需要你方确认',
		'notify.slotsChanged': '{actor} {change}（{type}），自下一次送审起生效',
		'notify.slotAdded': '新增签署栏位 {slot}',
		'notify.slotRemoved': '移除签署栏位 {slot}',
		'notifications.kind.sideRequest': '成员',
		'notifications.kind.slotsChanged': '签署设置',
		'signoff.slotsLockedInReview':
			'该类对象有 {count} 项正在审核中：审核结束前不能变更其签署栏位，变更只对之后的送审生效',
		'signoff.slotOtherSide': '只有该栏位所属一方的项目经理可以移除它',
		'signoff.oneSlotPerPerson': '你已在本轮签署了另一个栏位：同一人不能在同一轮中签署两个栏位',
		'signoffSettings.slotRules':
			'栏位变更只对之后的送审生效，并通知双方项目经理；有对象在审核中时不能变更该类栏位；只能移除本方的栏位。',
		'tasks.sentForAcceptance': '任务须经验收签署才能完成：已转为“待验收”并提交验收',
		'validation.sideDecision': '请选择同意、拒绝或撤回'
	},
	{
		'members.notSelf':
			'You cannot change your own side or roles; another project manager of this project has to do it',
		'members.selfNote': 'Only another project manager can change your own side and roles',
		'members.sideFixed':
			'{name} has signed in this project, so their side is fixed: request a side change for a project manager or lead of the other side to approve',
		'members.sideFixedNote': 'Has signed; side fixed',
		'members.sideFixedRejoin':
			'{name} has signed in this project for another side and can rejoin only on that side; then request a side change if needed',
		'sideRequests.title': 'Side changes awaiting approval',
		'sideRequests.request': 'Request a side change',
		'sideRequests.requestOf': 'Request a side change for {name}',
		'sideRequests.toSide': 'Move to',
		'sideRequests.submit': 'Submit request',
		'sideRequests.requested':
			'Side change requested; a project manager or lead of the other side has to approve it',
		'sideRequests.item': '{name}: {from} → {to} (requested by {requester} on {when})',
		'sideRequests.awaiting': 'Awaiting a project manager or lead of: {sides}',
		'sideRequests.approveOf': "Approve {name}'s side change",
		'sideRequests.declineOf': "Decline {name}'s side change",
		'sideRequests.withdrawOf': 'Withdraw the side change request for {name}',
		'sideRequests.approved': 'The side change has taken effect',
		'sideRequests.declined': 'Side change request declined',
		'sideRequests.withdrawn': 'Side change request withdrawn',
		'sideRequests.sameSide': 'The new side is the member’s current side',
		'sideRequests.pendingExists': 'This member already has a side change request awaiting approval',
		'sideRequests.notPending': 'This request has already been decided or withdrawn',
		'sideRequests.requesterOnly': 'Only the person who made the request can withdraw it',
		'sideRequests.otherSideOnly':
			"Only a project manager or lead of a side other than the requester's can approve this change, and never the member it moves",
		'sideRequests.needs.client':
			'Only a client-side project manager or lead can approve this change, and never the member it moves',
		'sideRequests.needs.vendor':
			'Only a vendor-side project manager or lead can approve this change, and never the member it moves',
		'sideRequests.needs.consultant':
			'Only a consultant-side project manager or lead can approve this change, and never the member it moves',
		'sideRequests.sideMoved': "The member's side has changed since; this request no longer applies",
		'notify.sideRequest': '{requester} asks to move {name} from {from} to {to}; your side has to approve',
		'notify.slotsChanged': '{actor}: {change} ({type}), effective from the next submission',
		'notify.slotAdded': 'added signing slot {slot}',
		'notify.slotRemoved': 'removed signing slot {slot}',
		'notifications.kind.sideRequest': 'Members',
		'notifications.kind.slotsChanged': 'Sign-off settings',
		'signoff.slotsLockedInReview':
			'{count} object(s) of this type are in review: their signing slots cannot change until the reviews end; changes apply to later submissions only',
		'signoff.slotOtherSide': "Only a project manager of the slot's own side can remove it",
		'signoff.oneSlotPerPerson':
			'You have already signed another slot of this round: one person cannot sign two slots of the same round',
		'signoffSettings.slotRules':
			'Slot changes apply to later submissions only and both sides’ project managers are notified; a type with an object in review cannot change its slots; you can remove only your own side’s slots.',
		'tasks.sentForAcceptance':
			'This task is completed only through acceptance sign-off: it is now 待验收 (awaiting acceptance) and submitted for acceptance',
		'validation.sideDecision': 'Choose approve, decline or withdraw'
	}
);
