/**
 * The mission's geography for the map (GET /mission/geography): its outline, first-level
 * districts and sectors. Read once per page load through the query cache and kept on the device,
 * so that a map opened without a connection still shows the mission's land.
 */
import { useQuery } from "@tanstack/react-query";
import type { Answer } from "../api/answers.js";
import { get } from "../api/client.js";
import { queryClient } from "../query-client.js";
import { remembered } from "./remembered.js";

export type MissionGeography = Answer<"/api/v1/mission/geography", "get">;

const copy = remembered<MissionGeography>(
  "cfm.missionGeography",
  (v) => typeof v === "object" && v !== null && "outline" in v && "districts" in v,
);

const KEY = ["mission-geography"];

async function load(signal?: AbortSignal): Promise<MissionGeography> {
  const geography = await get("/mission/geography", { signal });
  copy.set(geography);
  return geography;
}

/**
 * The geography for a map being made (outside React): the cached answer, else the server's, else
 * what the device kept; null when none of them is at hand (the map shows no land then).
 */
export async function missionGeography(): Promise<MissionGeography | null> {
  try {
    return await queryClient.fetchQuery({
      queryKey: KEY,
      queryFn: ({ signal }) => load(signal),
      staleTime: Infinity,
    });
  } catch {
    return copy.get();
  }
}

/** The geography, for a page (the sectors' names); null until the first answer when none kept. */
export function useMissionGeography(): MissionGeography | null {
  const { data } = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => load(signal),
    staleTime: Infinity,
  });
  return data ?? copy.get();
}
