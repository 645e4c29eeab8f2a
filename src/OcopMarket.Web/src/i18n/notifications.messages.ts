// The notifications' strings (the bell in the header and the list in each portal), loaded with the bell's chunk.
export const notificationsVi = {
  'notif.title': 'Thông báo',
  'notif.bell': 'Thông báo: {n} chưa đọc',
  'notif.bellNone': 'Thông báo: không có thông báo mới',
  'notif.announce': 'Bạn có {n} thông báo chưa đọc',
  'notif.unreadCount': '{n} chưa đọc',
  'notif.unreadOnly': 'Chỉ hiện thông báo chưa đọc',
  'notif.markAll': 'Đánh dấu tất cả đã đọc',
  'notif.markRead': 'Đánh dấu đã đọc',
  'notif.new': 'Mới',
  'notif.more': 'Xem thêm',
  'notif.empty': 'Chưa có thông báo nào. Đơn hàng mới, báo giá và thanh toán sẽ hiện ở đây ngay khi có.',
  'notif.emptyUnread': 'Bạn đã đọc hết thông báo.',
  'notif.reconnecting': 'Đang kết nối lại để nhận thông báo mới…',
} as const;

export const notificationsEn: Record<keyof typeof notificationsVi, string> = {
  'notif.title': 'Notifications',
  'notif.bell': 'Notifications: {n} unread',
  'notif.bellNone': 'Notifications: nothing new',
  'notif.announce': 'You have {n} unread notifications',
  'notif.unreadCount': '{n} unread',
  'notif.unreadOnly': 'Show unread only',
  'notif.markAll': 'Mark all as read',
  'notif.markRead': 'Mark as read',
  'notif.new': 'New',
  'notif.more': 'Show more',
  'notif.empty': 'No notifications yet. New orders, quotes and payments show up here as they happen.',
  'notif.emptyUnread': 'You have read every notification.',
  'notif.reconnecting': 'Reconnecting to receive new notifications…',
};
