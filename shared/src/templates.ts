import hireToFirstDay from "../templates/hire-to-first-day.json";
import purchaseRequest from "../templates/purchase-request.json";
import equipmentRepair from "../templates/equipment-repair.json";

/** An example process a new board can start from; `file` is interchange JSON, validated on use. */
export interface BoardTemplate {
  id: string;
  name: string;
  description: string;
  file: unknown;
}

export const BOARD_TEMPLATES: readonly BoardTemplate[] = [
  {
    id: "hire-to-first-day",
    name: "Hire to first day",
    description: "Hiring team, HR, IT and Facilities get a new hire ready for day one.",
    file: hireToFirstDay,
  },
  {
    id: "purchase-request",
    name: "Purchase request",
    description: "A requester, Procurement, Finance and a supplier turn a need into a paid order.",
    file: purchaseRequest,
  },
  {
    id: "equipment-repair",
    name: "Equipment repair",
    description: "Operations, Technical services and the parts store get a broken machine running.",
    file: equipmentRepair,
  },
];
