import { defineArea } from './define';

// API token expiry.
export const token = defineArea(
	{
		'token.lifetime': '{days} 天',
		'token.expires': '到期时间',
		'token.expired': '已过期',
		'token.expiredOn': '已于 {when} 过期'
	},
	{
		'token.lifetime': '{days} days',
		'token.expires': 'Expires',
		'token.expired': 'Expired',
		'token.expiredOn': 'Expired on {when}'
	}
);
