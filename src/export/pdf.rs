use printpdf::*;
pub fn make(font: &[u8], text: &str) -> Vec<u8> {
    let font = ParsedFont::from_bytes(font, 0, &mut Vec::new()).unwrap();
    let mut pdf = PdfDocument::new("Test");
    let font_id = pdf.add_font(&font);
    let page = PdfPage::new(
        Mm(210.0),
        Mm(297.0),
        vec![
            Op::StartTextSection,
            Op::SetFont { font: PdfFontHandle::External(font_id.clone()), size: Pt(12.0) },
            Op::SetTextCursor { pos: Point { x: Mm(10.0).into(), y: Mm(200.0).into() } },
            Op::ShowText { items: vec![TextItem::Text(text.to_string())] },
            Op::EndTextSection,
        ],
    );
    pdf.with_pages(vec![page]).save(&PdfSaveOptions::default(), &mut Vec::new())
}
