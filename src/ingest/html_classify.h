// What the markup says about an element before any text is counted: whether its tag,
// role, visibility or class/id names mark it as page furniture (navigation, comments,
// share bars, advertising, ...) or as article content. Internal to the ingest module.
#pragma once

#include <string_view>

#include "html_dom.h"

namespace sitrep::ingest::internal {

// Tags that are block-level for text layout: each starts a new paragraph.
bool IsBlockTag(std::string_view tag);

// Tags whose whole content is furniture whatever their class (nav, footer, form, ...).
bool IsChromeTag(std::string_view tag);

// From the class and id attributes, split into words at every non-alphanumeric
// character ("entry-content" -> entry, content).
struct ClassHints {
  bool positive = false;   // article, content, entry, post, story, body, main, text, ...
  bool negative = false;   // comment, share, related, sidebar, nav, menu, cookie, ad, ...
  bool comments = false;   // a comment thread: negative whatever else the names say
};
ClassHints ClassHintsOf(const DomNode& node);

// A link that asks for a sign-up, subscription or donation ("Sign up", "Subscribe
// now", "Contribute") and stands on its own like a button, not inside a sentence
// ("readers can <a>register</a> for the talk"): the mark of a promotion box.
bool IsCallToActionLink(const Dom& dom, int link);

// Hidden (hidden attribute, aria-hidden, display:none) or given a furniture ARIA role.
bool IsHiddenOrChromeRole(const DomNode& node);

// Marked as the article by the markup itself: <article>, <main>, role=main|article,
// itemprop=articleBody.
bool IsMarkedArticle(const DomNode& node);

}  // namespace sitrep::ingest::internal
