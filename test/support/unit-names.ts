/** Real unit names, for tests that must leave genuine names alone. */

/** Sixty-one real unit names of Điện Biên (provincial agencies, districts, communes; both tone placements). */
export const REAL_UNIT_NAMES = [
  'Sở Tư pháp', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Nội vụ', 'Sở Xây dựng', 'Sở Giao thông vận tải',
  'Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch', 'Sở Y tế', 'Sở Giáo dục và Đào tạo',
  'Sở Khoa học và Công nghệ', 'Sở Công Thương', 'Sở Thông tin và Truyền thông', 'Sở Ngoại vụ', 'Ban Dân tộc',
  'Thanh tra tỉnh', 'Ban Quản lý các khu công nghiệp', 'Văn phòng UBND tỉnh', 'Công an tỉnh', 'Bảo hiểm xã hội tỉnh',
  'Cục Thuế tỉnh', 'Chi nhánh Văn phòng đăng ký đất đai', 'Trung tâm Phục vụ hành chính công tỉnh',
  'UBND thành phố Điện Biên Phủ', 'UBND thị xã Mường Lay', 'UBND huyện Điện Biên', 'UBND huyện Điện Biên Đông',
  'UBND huyện Mường Ảng', 'UBND huyện Tuần Giáo', 'UBND huyện Tủa Chùa', 'UBND huyện Nậm Pồ', 'UBND huyện Mường Nhé',
  'Văn phòng HĐND và UBND huyện', 'Ủy ban nhân dân xã Pa Ham', 'UBND thị trấn Tuần Giáo', 'UBND xã Thanh Nưa',
  'UBND phường Him Lam', 'UBND phường Noong Bua', 'UBND xã Mường Phăng', 'UBND xã Quài Cang', 'UBND xã Noong Luống',
  'UBND xã Pá Khoang', 'UBND xã Sín Thầu', 'UBND xã Na Ư', 'UBND xã Thanh Yên', 'UBND xã Xuân Lao',
  'UBND xã Chiềng Sinh', 'UBND xã Huổi Só', 'UBND xã Mường Pồn', 'UBND xã Keo Lôm', 'UBND xã Phình Giàng',
  'UBND xã Thuỷ Xuân', 'UBND xã Tà Xùa', 'UBND xã Xá Nhè', 'UBND xã Chà Cang', 'UBND xã Ná Tòng', 'Công an xã Tà Xùa',
  'Phòng Tài chính',
];
