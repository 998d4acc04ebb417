import { defineArea } from './define';

// Notification texts.
export const notify = defineArea(
	{
		'notify.submitted': '{title} 已提交审核，请于 {dueDate} 前处理',
		'notify.decided': '{signer} 对 {title} 的审核结果：{decision}',
		'notify.overdue': '{title} 的审核已逾期（截止 {dueDate}）',
		'notify.voided': '{title} 的内容已变更，原签署作废，请于 {dueDate} 前重新审核',
		'notify.result.approved': '已批准',
		'notify.result.rejected': '已驳回',
		'notify.result.open': '已驳回',
		'notify.sideRequest': '{requester} 申请将 {name} 的所属方由{from}变更为{to}，需要你方确认',
		'notify.slotsChanged': '{actor} {change}（{type}），自下一次送审起生效',
		'notify.slotAdded': '新增签署栏位 {slot}',
		'notify.slotRemoved': '移除签署栏位 {slot}'
	},
	{
		'notify.submitted': '{title} was submitted for review; please answer by {dueDate}',
		'notify.decided': '{signer} decided on {title}: {decision}',
		'notify.overdue': 'The review of {title} is overdue (due {dueDate})',
		'notify.voided': '{title} changed; earlier signatures are void; please review again by {dueDate}',
		'notify.result.approved': 'approved',
		'notify.result.rejected': 'rejected',
		'notify.result.open': 'rejected',
		'notify.sideRequest': '{requester} asks to move {name} from {from} to {to}; your side has to approve',
		'notify.slotsChanged': '{actor}: {change} ({type}), effective from the next submission',
		'notify.slotAdded': 'added signing slot {slot}',
		'notify.slotRemoved': 'removed signing slot {slot}'
	}
);
