import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import "../styles/base.css";
import "../components/fields/fields.css";
import "./survey.css";
import { parseSurveyLink } from "./survey-link";
import { SurveyPage } from "./survey-page";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");

const currentLink = () => parseSurveyLink(window.location.pathname, window.location.hash);

/** The survey of the link in the address bar; a corrected token pasted over it loads afresh. */
function SurveyApp() {
  const [link, setLink] = useState(currentLink);
  useEffect(() => {
    const follow = () => setLink(currentLink());
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return <SurveyPage key={link ? `${link.reviewId}:${link.token}` : ""} link={link} />;
}

createRoot(root).render(
  <StrictMode>
    <SurveyApp />
  </StrictMode>,
);
