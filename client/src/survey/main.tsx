import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../styles/base.css";
import "./survey.css";
import { parseSurveyLink } from "./survey-link";
import { SurveyPage } from "./survey-page";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");

const link = parseSurveyLink(window.location.pathname, window.location.hash);

createRoot(root).render(
  <StrictMode>
    <SurveyPage link={link} />
  </StrictMode>,
);
