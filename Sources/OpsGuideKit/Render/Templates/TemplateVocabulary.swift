/// Every name the page renderers put into a template's context. A template renders an
/// unknown name as empty text, so `TemplateCheck` compares the templates against this list;
/// a test renders whole sites and fails when a renderer provides a name missing here.
enum TemplateVocabulary {
    static let names: Set<String> = [
        "answer", "answered", "answers", "avoid_when", "body", "canonical", "category", "category_id", "cells",
        "cells_html",
        "change_url", "choose_when", "columns", "core", "current", "data_script", "data_url", "description",
        "dimension_rows", "dimensions", "edit_url", "ends", "extended_by", "extends", "fit", "groups",
        "guide_title", "guide_url", "has_answers", "has_family", "has_recommendations", "has_toc", "help",
        "home_url", "html", "id", "is_home", "label", "level", "matrix_url", "methodologies", "methodology",
        "methodology_title", "nav", "next_steps", "practice_count", "practice_groups", "practices",
        "practices_url", "question", "question_count", "reason", "recommend", "recommended", "recommended_by",
        "root", "rows", "rows_html", "site_description", "site_title", "span", "start_url", "start_with", "step", "sub",
        "summary", "symbol", "text", "title", "toc", "url",
    ]
}
